import { useId } from 'react';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { DatasetImport } from '../../../../src/ui/import/DatasetImport';
import { Callout } from '../../../../src/ui/Callout';
import { KANO_LONG_RESPONSES } from '../../inputs';
import type { ImportedResponses, KanoState } from '../../state';
import { kanoMessages } from '../../messages';
import type { LongRowProblemCode } from '../../model';
import { kanoStepMessages } from '../messages';
import { KANO_EXERCISE_ID } from '../shared/featureLabels';
import { questionnaireLocale } from '../shared/questionWording';
import { wideResponsesSpec } from '../shared/wideResponses';
import type { ImportedFileStatus } from '../shared/useSurveyResponses';
import { Pending } from '../../../../src/ui/Pending';

export interface PendingSlot {
  datasetId: string;
  layout: ImportedResponses['layout'];
}

interface Props {
  number: number;
  slot: PendingSlot;
  state: KanoState;
  /** null while nothing is imported in this slot. */
  status: ImportedFileStatus | null;
  /** Only before the first import: a stored file keeps the layout it was read with. */
  onLayoutChange?: (layout: PendingSlot['layout']) => void;
  onImported: (slot: PendingSlot, entry: ImportedResponses) => void;
}

const LISTED_PROBLEMS = 8;

/** One response file: its layout, the shared import path, and what the Kano reading of its rows found. */
export function ImportSlot({ number, slot, state, status, onLayoutChange, onImported }: Props) {
  const t = useMessages(kanoStepMessages);
  const model = useMessages(kanoMessages);
  const locale = useLocale();
  const layoutName = useId();
  const spec =
    slot.layout === 'long'
      ? { ...KANO_LONG_RESPONSES, id: slot.datasetId }
      : wideResponsesSpec(slot.datasetId, state.features, state.questionnaire, questionnaireLocale(state.questionnaire, locale));

  // Problems of one kind and value are told once with a count: "«Да» not recognised — 12 times".
  const groups = new Map<string, { code: LongRowProblemCode; value: string; count: number }>();
  if (status?.kind === 'ready') {
    for (const problem of status.problems) {
      const key = `${problem.code}\u0000${problem.value}`;
      const group = groups.get(key);
      if (group) group.count += 1;
      else groups.set(key, { code: problem.code, value: problem.value, count: 1 });
    }
  }
  const listed = [...groups.values()].sort((a, b) => b.count - a.count).slice(0, LISTED_PROBLEMS);
  const importanceMax = state.questionnaire.importanceScale?.max ?? 9;

  return (
    <div className="kano-slot">
      <h4>{t('answers.fileNumber', { number })}</h4>
      {onLayoutChange ? (
        <fieldset className="fieldset">
          <legend>{t('answers.layout')}</legend>
          <div className="kano-choices">
            {(['wide', 'long'] as const).map((layout) => (
              <label key={layout}>
                <input type="radio" name={layoutName} value={layout} checked={slot.layout === layout} onChange={() => onLayoutChange(layout)} />
                {t(`answers.layout.${layout}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p className="muted">{t(`answers.layout.${slot.layout}`)}</p>
      )}
      <DatasetImport
        exerciseId={KANO_EXERCISE_ID}
        spec={spec}
        onImported={(summary) =>
          onImported(slot, {
            datasetId: slot.datasetId,
            fileName: summary.fileName,
            layout: slot.layout,
            importedAt: summary.importedAt,
            respondents: 0,
            rowsImported: summary.rowsImported,
            rowsSkipped: summary.rowsSkipped,
            unrecognisedAnswers: 0,
            hasSegments: false,
          })
        }
      />
      {status?.kind === 'loading' ? <Pending className="muted">{t('answers.loading')}</Pending> : null}
      {status?.kind === 'error' ? <Callout tone="warning">{t('answers.readFailed')}</Callout> : null}
      {status?.kind === 'ready' ? (
        <>
          <p className="finding">{t('answers.fileCounts', { respondents: status.respondents, answers: status.responses.length })}</p>
          {status.responses.length === 0 ? <Callout tone="warning">{t(slot.layout === 'wide' ? 'answers.noneWide' : 'answers.noneLong')}</Callout> : null}
          {listed.length > 0 ? (
            <Callout tone="warning" title={t('answers.problemsTitle', { count: status.problems.length })}>
              <ul>
                {listed.map((group) => (
                  <li key={`${group.code}-${group.value}`}>
                    {model(`problem.${group.code}`, { value: group.value, max: importanceMax })}
                    {group.count > 1 ? ` ${t('answers.times', { count: group.count })}` : ''}
                  </li>
                ))}
              </ul>
            </Callout>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
