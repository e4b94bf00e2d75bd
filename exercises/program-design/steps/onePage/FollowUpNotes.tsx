import { useMemo } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { textCodec } from '../../../../src/workbook/fieldCodecs';
import { Field } from '../../../../src/ui/Field';
import type { StepProps } from '../../../../src/workbook/contract';
import { PROGRAM_DESIGN_EXERCISE_ID, type ProgramDesignState } from '../../state';
import { onePageMessages } from '../../messages/onePage';

// Module level: the autosave hook keys its effects on the codecs' identity.
const followUpCodecs = { notes: textCodec({ maxLength: 20000 }) };

/** The alumni's notes at the follow-up, saved on every keystroke and printed whole. */
export function FollowUpNotes({ state, update }: Pick<StepProps<ProgramDesignState>, 'state' | 'update'>) {
  const t = useMessages(onePageMessages);
  const format = useFormat();
  const values = useMemo(() => ({ notes: state.followUp.notes }), [state.followUp.notes]);
  const form = useAutosaveForm({
    exerciseId: PROGRAM_DESIGN_EXERCISE_ID,
    formId: 'followUp',
    codecs: followUpCodecs,
    values,
    // The date is the alumnus's: which notes are from which follow-up meeting, on screen and on paper.
    onValidChange: (patch) => update((current) => ({ ...current, followUp: { ...current.followUp, ...patch, changedAt: new Date().toISOString() } })),
  });
  return (
    // Empty, the field would only push the one-page program onto a second sheet of paper: it prints once written.
    <section className={`step-section pd-followup${state.followUp.notes.trim() === '' ? ' no-print' : ''}`} aria-labelledby="pd-followup-title">
      <h3 id="pd-followup-title">{t('followUp.title')}</h3>
      <div className="fields">
        <Field form={form} name="notes" label={t('followUp.notes')} hint={t('followUp.hint')} multiline rows={5} />
      </div>
      {state.followUp.changedAt !== null && state.followUp.notes.trim() !== '' ? (
        <p className="note">{t('followUp.changedAt', { date: format.date(state.followUp.changedAt) })}</p>
      ) : null}
    </section>
  );
}
