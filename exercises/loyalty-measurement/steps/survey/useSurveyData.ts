import { useEffect, useMemo, useState } from 'react';
import type { TypedRow } from '../../../../src/data/import/types';
import { loadDataset, subscribeToDatasetChanges, useDatasetSummaries, type DatasetSummary } from '../../../../src/workbook/exerciseData';
import { LOYALTY_EXERCISE_ID, surveyDatasetKey } from '../../inputs';
import { collectAnswers, type SurveyAnswers, type SurveyFileRows } from '../../model/survey';
import type { LoyaltyState, SurveyFile } from '../../state';

/**
 * Where the survey's answers come from: the participant's files and typed answers; else, on the demo (or when the
 * participant asks to look), the demo retailer's survey; else nothing yet.
 */
export type SurveySource = 'own' | 'demo' | 'none';

export interface SurveyData extends SurveyAnswers {
  source: SurveySource;
  /** Rows still being read (a file from IndexedDB, the demo module): results wait rather than show a part. */
  loading: boolean;
  /** Files whose rows this browser could not read: left out, and said. */
  unreadable: SurveyFile[];
  /** What progress keeps of each listed file's import, by file id (cells the import left out are counted there). */
  summaries: Readonly<Record<string, DatasetSummary>>;
}

type Loaded = { importedAt: string; rows: readonly TypedRow[] | null };

async function readFile(key: string, importedAt: string): Promise<Loaded> {
  const result = await loadDataset(LOYALTY_EXERCISE_ID, key);
  return { importedAt, rows: result.ok && result.value ? result.value.rows : null };
}

/** The demo survey, loaded on demand so its generator stays off the home page. */
function useDemoRows(wanted: boolean): readonly TypedRow[] | null {
  const [rows, setRows] = useState<readonly TypedRow[] | null>(null);
  useEffect(() => {
    if (!wanted || rows !== null) return;
    let current = true;
    void import('../../demo/retailer').then((module) => {
      if (current) setRows(module.demoSurveyRows());
    });
    return () => {
      current = false;
    };
  }, [wanted, rows]);
  return wanted ? rows : null;
}

export function useSurveyData(state: LoyaltyState, lookAtDemo: boolean): SurveyData {
  const { files, typedAnswers } = state.survey;
  const allSummaries = useDatasetSummaries(LOYALTY_EXERCISE_ID);
  const summaries = useMemo(() => {
    const byFile: Record<string, DatasetSummary> = {};
    for (const file of files) {
      const summary = allSummaries[surveyDatasetKey(file.id)];
      if (summary) byFile[file.id] = summary;
    }
    return byFile;
  }, [files, allSummaries]);
  const [loaded, setLoaded] = useState<Record<string, Loaded>>({});
  const [revision, setRevision] = useState(0);
  const wanted = files.map((file) => `${file.id}\u0000${summaries[file.id]?.importedAt ?? ''}`).join('\u0001');

  useEffect(
    () =>
      subscribeToDatasetChanges((changed) => {
        if (changed === null || changed.exerciseId === LOYALTY_EXERCISE_ID) setRevision((n) => n + 1);
      }),
    [],
  );

  useEffect(() => {
    let current = true;
    for (const entry of wanted === '' ? [] : wanted.split('\u0001')) {
      const [id = '', importedAt = ''] = entry.split('\u0000');
      if (importedAt === '') continue;
      void readFile(surveyDatasetKey(id), importedAt).then((result) => {
        if (current) setLoaded((previous) => ({ ...previous, [id]: result }));
      });
    }
    return () => {
      current = false;
    };
  }, [wanted, revision]);

  const own = files.length > 0 || typedAnswers.length > 0;
  const source: SurveySource = own ? 'own' : state.useDemoData || lookAtDemo ? 'demo' : 'none';
  const demoRows = useDemoRows(source === 'demo');

  return useMemo((): SurveyData => {
    if (source === 'demo') {
      const answers = demoRows === null ? { answers: [], problems: [] } : collectAnswers([{ fileName: 'demo', rows: demoRows }], []);
      return { ...answers, source, loading: demoRows === null, unreadable: [], summaries };
    }
    const readable: SurveyFileRows[] = [];
    const unreadable: SurveyFile[] = [];
    let loading = false;
    for (const file of files) {
      const summary = summaries[file.id];
      if (!summary) continue;
      const read = loaded[file.id];
      if (!read || read.importedAt !== summary.importedAt) loading = true;
      else if (read.rows === null) unreadable.push(file);
      else readable.push({ fileName: file.fileName, rows: read.rows });
    }
    return { ...collectAnswers(readable, typedAnswers), source, loading, unreadable, summaries };
  }, [source, demoRows, files, summaries, loaded, typedAnswers]);
}
