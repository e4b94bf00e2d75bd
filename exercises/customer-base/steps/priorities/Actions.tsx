import { Field } from '../../../../src/ui/Field';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { StepProps } from '../../../../src/workbook/contract';
import { textCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { CUSTOMER_BASE_EXERCISE_ID } from '../../inputs';
import { prioritiesMessages } from '../../messages/priorities';
import { DIRECTIONS, type CustomerBaseState, type Direction } from '../../state';

type Texts = Record<Direction | 'notes', string>;

const codecs = Object.fromEntries([...DIRECTIONS, 'notes'].map((name) => [name, textCodec({ maxLength: 4000 })])) as Record<keyof Texts, ReturnType<typeof textCodec>>; // Cast: one codec per name listed.

/** What the participant will do in each direction, and their notes: saved as they type. */
export function Actions({ state, update }: Pick<StepProps<CustomerBaseState>, 'state' | 'update'>) {
  const t = useMessages(prioritiesMessages);
  const form = useAutosaveForm<Texts>({
    exerciseId: CUSTOMER_BASE_EXERCISE_ID,
    formId: 'priorities.actions',
    codecs,
    values: { ...state.priorities.actions, notes: state.conclusions.notes },
    onValidChange: (patch) =>
      update((current) => {
        const { notes, ...actions } = patch;
        return {
          ...current,
          priorities: { actions: { ...current.priorities.actions, ...actions } },
          conclusions: notes === undefined ? current.conclusions : { notes },
        };
      }),
  });
  return (
    <section className="step-section" aria-labelledby="cb-priorities-actions-title">
      <h3 id="cb-priorities-actions-title">{t('priorities.actions.title')}</h3>
      <div className="fields cb-priorities-actions">
        {DIRECTIONS.map((direction) => (
          <Field key={direction} form={form} name={direction} multiline rows={3} label={t('priorities.actions.label', { direction: t(`priorities.direction.${direction}`) })} hint={t('priorities.actions.hint')} />
        ))}
        <Field form={form} name="notes" multiline rows={4} label={t('priorities.notes')} hint={t('priorities.notes.hint')} />
      </div>
    </section>
  );
}
