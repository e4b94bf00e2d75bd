import { useEffect, useMemo, useState } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { useDatasetSummaries } from '../../../src/workbook/exerciseData';
import { Metric, MetricGrid } from '../../../src/ui/Metric';
import { segmentLabel } from '../content';
import { countRespondents, responsesFromTyped } from '../model';
import type { ImportedResponses, KanoState } from '../state';
import { kanoStepMessages } from './messages';
import { KANO_EXERCISE_ID } from './shared/featureLabels';
import { useSurveyResponses } from './shared/useSurveyResponses';
import { ImportSlot, type PendingSlot } from './answers/ImportSlot';
import './kano.css';

const SLOT_PREFIX = 'kano-answers-';

function nextSlotId(taken: readonly string[]): string {
  const numbers = taken.map((id) => Number(id.slice(SLOT_PREFIX.length))).filter(Number.isFinite);
  return `${SLOT_PREFIX}${Math.max(0, ...numbers) + 1}`;
}

/** Step 3: answers from files (any number, each in its own slot) beside the forms typed in on step 2. */
export default function AnswersStep({ state, update, locale }: StepProps<KanoState>) {
  const t = useMessages(kanoStepMessages);
  const format = useFormat();
  const typed = useMemo(() => responsesFromTyped(state.responses), [state.responses]);
  const survey = useSurveyResponses(state, typed);
  const summaries = useDatasetSummaries(KANO_EXERCISE_ID);
  const [pending, setPending] = useState<PendingSlot[]>([]);

  const shownPending = state.imports.length === 0 && pending.length === 0 ? [{ datasetId: nextSlotId([]), layout: 'wide' as const }] : pending;

  // A file removed in its slot (its summary gone) leaves the list; counts found in the rows are kept with the entry.
  useEffect(() => {
    const stale = state.imports.filter((entry) => !summaries?.[entry.datasetId]);
    const counted = survey.files.flatMap((file) =>
      file.status.kind === 'ready' &&
      (file.status.respondents !== file.entry.respondents || file.status.unrecognisedAnswers !== file.entry.unrecognisedAnswers || file.status.hasSegments !== file.entry.hasSegments)
        ? [{ datasetId: file.entry.datasetId, respondents: file.status.respondents, unrecognisedAnswers: file.status.unrecognisedAnswers, hasSegments: file.status.hasSegments }]
        : [],
    );
    if (stale.length === 0 && counted.length === 0) return;
    update((current) => ({
      ...current,
      imports: current.imports
        .filter((entry) => !stale.some((gone) => gone.datasetId === entry.datasetId))
        .map((entry) => {
          const patch = counted.find((item) => item.datasetId === entry.datasetId);
          return patch ? { ...entry, ...patch } : entry;
        }),
    }));
  }, [state.imports, summaries, survey.files, update]);

  const recordImport = (slot: PendingSlot, entry: ImportedResponses) => {
    update((current) => ({ ...current, imports: [...current.imports.filter((item) => item.datasetId !== slot.datasetId), entry] }));
    setPending((current) => current.filter((item) => item.datasetId !== slot.datasetId));
  };
  const addSlot = () =>
    setPending((current) => [...(current.length === 0 && state.imports.length === 0 ? shownPending : current), { datasetId: nextSlotId([...state.imports.map((entry) => entry.datasetId), ...shownPending.map((slot) => slot.datasetId), ...current.map((slot) => slot.datasetId)]), layout: 'wide' }]);

  // Stored and new files in one keyed list: a slot whose file was just accepted moves from new to stored as the
  // same component, so its import block keeps the "saved" notice instead of being mounted afresh without it.
  const slots = [
    ...state.imports.map((entry) => ({ slot: { datasetId: entry.datasetId, layout: entry.layout }, stored: true })),
    ...shownPending.filter((slot) => !state.imports.some((entry) => entry.datasetId === slot.datasetId)).map((slot) => ({ slot, stored: false })),
  ];

  const pairs = survey.responses.filter((response) => response.functional !== null && response.dysfunctional !== null).length;
  const segments = [...new Set(survey.responses.flatMap((response) => (response.segment === null ? [] : [response.segment])))].sort((a, b) => a.localeCompare(b));

  return (
    <>
      <p className="explain">{t('answers.intro')}</p>
      <section className="step-section" aria-labelledby="kano-answer-counts">
        <h3 id="kano-answer-counts">{t('answers.countsTitle')}</h3>
        <MetricGrid label={t('answers.countsTitle')}>
          <Metric label={t('answers.respondents')} value={format.integer(countRespondents(survey.responses))} note={survey.loading ? t('answers.loading') : undefined} />
          <Metric label={t('answers.typed')} value={format.integer(state.responses.length)} note={t('answers.typedNote')} />
          <Metric label={t('answers.files')} value={format.integer(state.imports.length)} />
          <Metric label={t('answers.pairs')} value={format.integer(pairs)} note={t('answers.pairsNote')} />
        </MetricGrid>
        {segments.length > 0 ? <p className="finding">{t('answers.segments', { list: segments.map((segment) => segmentLabel(segment, locale)).join(', ') })}</p> : <p className="explain">{t('answers.noSegments')}</p>}
      </section>

      <section className="step-section step-section--files" aria-labelledby="kano-answer-files">
        <h3 id="kano-answer-files">{t('answers.filesTitle')}</h3>
        <p className="explain explain--detail">{t('answers.filesHint')}</p>
        {slots.map(({ slot, stored }, index) =>
          stored ? (
            <ImportSlot
              key={slot.datasetId}
              number={index + 1}
              slot={slot}
              state={state}
              status={survey.files.find((item) => item.entry.datasetId === slot.datasetId)?.status ?? null}
              onImported={recordImport}
            />
          ) : (
            <ImportSlot
              key={slot.datasetId}
              number={index + 1}
              slot={slot}
              state={state}
              status={null}
              onLayoutChange={(layout) => setPending((current) => (current.some((item) => item.datasetId === slot.datasetId) ? current : [...current, slot]).map((item) => (item.datasetId === slot.datasetId ? { ...item, layout } : item)))}
              onImported={recordImport}
            />
          ),
        )}
        <button type="button" className="button" onClick={addSlot}>
          {t('answers.addFile')}
        </button>
      </section>
    </>
  );
}
