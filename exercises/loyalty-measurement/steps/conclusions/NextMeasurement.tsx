import { useId, useMemo } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { calendarDayIso } from '../../../../src/i18n/format';
import { DateField } from '../../../../src/ui/date/DateField';
import { Callout } from '../../../../src/ui/Callout';
import { Field } from '../../../../src/ui/Field';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { textCodec } from '../../../../src/workbook/fieldCodecs';
import type { StepProps } from '../../../../src/workbook/contract';
import type { LoyaltyState } from '../../state';
import { LOYALTY_EXERCISE_ID } from '../../inputs';
import { conclusionsMessages } from '../../messages/conclusions';

// Module level: the autosave hook keys its effects on the codecs' identity.
const notesCodecs = { notes: textCodec({ maxLength: 10000 }) };

/** When the participant measures again (the follow-up's appointment), and their notes for the trainer. */
export function NextMeasurement({ state, update }: Pick<StepProps<LoyaltyState>, 'state' | 'update'>) {
  const t = useMessages(conclusionsMessages);
  const format = useFormat();
  const id = useId();
  const { nextMeasurement, notes } = state.conclusions;
  const values = useMemo(() => ({ notes }), [notes]);
  const form = useAutosaveForm({
    exerciseId: LOYALTY_EXERCISE_ID,
    formId: 'conclusions',
    codecs: notesCodecs,
    values,
    onValidChange: (patch) => update((current) => ({ ...current, conclusions: { ...current.conclusions, ...patch } })),
  });
  const overdue = nextMeasurement !== null && nextMeasurement < calendarDayIso(new Date());
  return (
    <section className="step-section" aria-labelledby="loyalty-next">
      <h3 id="loyalty-next">{t('conclusions.nextTitle')}</h3>
      <div className="fields">
        <div className="field">
          <label htmlFor={id} className="field__label">
            {t('conclusions.nextDate')}
          </label>
          <div className="field__control">
            <DateField
              id={id}
              value={nextMeasurement}
              aria-describedby={`${id}-hint`}
              onChange={(date) => update((current) => ({ ...current, conclusions: { ...current.conclusions, nextMeasurement: date } }))}
            />
          </div>
          <p id={`${id}-hint`} className="field__hint">
            {t('conclusions.nextDateHint')}
          </p>
        </div>
        {/* No notes yet: nothing to print. */}
        <div className={notes.trim() === '' ? 'no-print' : undefined}>
          <Field form={form} name="notes" label={t('conclusions.notes')} hint={t('conclusions.notesHint')} multiline rows={5} />
        </div>
      </div>
      {overdue ? <Callout tone="warning">{t('conclusions.nextOverdue', { date: format.date(nextMeasurement) })}</Callout> : null}
    </section>
  );
}
