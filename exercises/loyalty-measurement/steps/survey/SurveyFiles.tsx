import { useEffect, useState } from 'react';
import { perLocale } from '../../../../src/i18n/locale';
import { translator } from '../../../../src/i18n/translate';
import { DatasetImport } from '../../../../src/ui/import/DatasetImport';
import type { StepProps } from '../../../../src/workbook/contract';
import { useDatasetSummaries, type DatasetSummary } from '../../../../src/workbook/exerciseData';
import { LOYALTY_EXERCISE_ID, surveyDatasetKey, surveySpecFor } from '../../inputs';
import { surveyMessages, type SurveyMessageKey } from '../../messages/survey';
import type { LoyaltyState, SurveyFile } from '../../state';

const newFileId = (taken: readonly SurveyFile[]): string => {
  let id = `file-${Date.now().toString(36)}`;
  let n = 1;
  while (taken.some((file) => file.id === id)) id = `file-${Date.now().toString(36)}-${++n}`;
  return id;
};

const titleOf = (key: SurveyMessageKey, number: number) => perLocale((locale) => translator(surveyMessages, locale)(key, { number }));

/**
 * One import block per answer file and one more to add a file. Each file is its own dataset, listed in
 * `state.survey.files`; a file removed in its block leaves the list too.
 */
export function SurveyFiles({ files, update }: { files: readonly SurveyFile[]; update: StepProps<LoyaltyState>['update'] }) {
  const summaries = useDatasetSummaries(LOYALTY_EXERCISE_ID);
  const [nextId, setNextId] = useState(() => newFileId(files));

  const gone = files.filter((file) => !summaries[surveyDatasetKey(file.id)]).map((file) => file.id).join('\u0000');
  useEffect(() => {
    if (gone === '') return;
    const removed = new Set(gone.split('\u0000'));
    update((current) => ({ ...current, survey: { ...current.survey, files: current.survey.files.filter((file) => !removed.has(file.id)) } }));
  }, [gone, update]);

  const record = (id: string) => (summary: DatasetSummary) => {
    const entry: SurveyFile = { id, fileName: summary.fileName, importedAt: summary.importedAt, answers: summary.rowsImported };
    update((current) => {
      const known = current.survey.files.some((file) => file.id === id);
      const list = known ? current.survey.files.map((file) => (file.id === id ? entry : file)) : [...current.survey.files, entry];
      return { ...current, survey: { ...current.survey, files: list } };
    });
    if (id === nextId) setNextId(newFileId([...files, entry]));
  };

  return (
    <div className="lm-survey-files">
      {files.map((file, index) => (
        <DatasetImport key={file.id} exerciseId={LOYALTY_EXERCISE_ID} spec={{ ...surveySpecFor(file.id), title: titleOf('answers.fileTitle', index + 1) }} onImported={record(file.id)} headingLevel={4} />
      ))}
      <DatasetImport key={nextId} exerciseId={LOYALTY_EXERCISE_ID} spec={{ ...surveySpecFor(nextId), title: titleOf('answers.newFileTitle', files.length + 1) }} onImported={record(nextId)} headingLevel={4} />
    </div>
  );
}
