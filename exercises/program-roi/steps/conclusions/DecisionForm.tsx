import { useId, useMemo } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { textCodec } from '../../../../src/workbook/fieldCodecs';
import { Field } from '../../../../src/ui/Field';
import type { StepProps } from '../../../../src/workbook/contract';
import { DECISIONS, type Decision, type RoiState } from '../../state';
import { roiMessages } from '../../messages';

// Module level: the autosave hook keys its effects on the codecs' identity.
const noteCodecs = { notes: textCodec({ maxLength: 10000 }), nextSteps: textCodec({ maxLength: 10000 }) };

/** The decision (saved on click) and the free-text notes (saved on every keystroke). */
export function DecisionForm({ state, update }: Pick<StepProps<RoiState>, 'state' | 'update'>) {
  const t = useMessages(roiMessages);
  const name = useId();
  const { conclusions } = state;
  const values = useMemo(() => ({ notes: conclusions.notes, nextSteps: conclusions.nextSteps }), [conclusions.notes, conclusions.nextSteps]);
  const form = useAutosaveForm({
    exerciseId: 'program-roi',
    formId: 'conclusions',
    codecs: noteCodecs,
    values,
    onValidChange: (patch) => update((current) => ({ ...current, conclusions: { ...current.conclusions, ...patch } })),
  });
  const choose = (decision: Decision) => update((current) => ({ ...current, conclusions: { ...current.conclusions, decision } }));

  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('conclusions.decisionLegend')}</legend>
        <div className="roi-choices">
          {DECISIONS.map((decision) => (
            <label key={decision}>
              <input
                type="radio"
                name={name}
                value={decision}
                checked={conclusions.decision === decision}
                onChange={() => choose(decision)}
              />
              {t(`conclusions.decision.${decision}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="fields">
        <Field form={form} name="notes" label={t('conclusions.notes')} hint={t('conclusions.notesHint')} multiline rows={6} />
        <Field form={form} name="nextSteps" label={t('conclusions.nextSteps')} hint={t('conclusions.nextStepsHint')} multiline rows={4} />
      </div>
    </>
  );
}
