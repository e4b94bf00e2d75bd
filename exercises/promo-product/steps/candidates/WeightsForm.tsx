import { useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { numberCodec } from '../../../../src/workbook/fieldCodecs';
import type { StepProps } from '../../../../src/workbook/contract';
import { PROMO_EXERCISE_ID } from '../../inputs';
import { PROMO_SCORE_FACTORS, type PromoProductState, type PromoScoreFactor } from '../../state';
import { candidatesMessages } from '../../messages/candidates';

// Module level: the autosave hook keys its effects on the codecs' identity. Limits follow state.ts.
const weight = numberCodec({ min: 0, max: 10 });
const weightCodecs = { penetration: weight, pull: weight, marginRoom: weight, frequency: weight } satisfies Record<PromoScoreFactor, typeof weight>;

/** The score's four weights, 0–10 each: only their proportions matter. */
export function WeightsForm({ state, update }: Pick<StepProps<PromoProductState>, 'state' | 'update'>) {
  const t = useMessages(candidatesMessages);
  const form = useAutosaveForm<Record<PromoScoreFactor, number>>({
    exerciseId: PROMO_EXERCISE_ID,
    formId: 'candidates.weights',
    codecs: weightCodecs,
    values: state.promo.weights,
    onValidChange: (patch) => update((current) => ({ ...current, promo: { ...current.promo, weights: { ...current.promo.weights, ...patch } } })),
  });
  return (
    <fieldset className="fieldset">
      <legend>{t('candidates.weights.title')}</legend>
      <p className="field__hint">{t('candidates.weights.hint')}</p>
      <div className="fields pp-candidates-weights">
        {PROMO_SCORE_FACTORS.map((factor) => (
          <Field key={factor} form={form} name={factor} label={t(`candidates.factor.${factor}`)} hint={t(`candidates.factorHint.${factor}`)} />
        ))}
      </div>
    </fieldset>
  );
}
