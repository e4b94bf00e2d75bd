import { useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { numberCodec, optionalNumberCodec } from '../../../../src/workbook/fieldCodecs';
import type { StepProps } from '../../../../src/workbook/contract';
import { PROMO_EXERCISE_ID } from '../../inputs';
import type { PromoProductState, PromoSettings } from '../../state';
import { candidatesMessages } from '../../messages/candidates';

type EconomicsFields = Pick<PromoSettings, 'discount' | 'expectedVolumeChange' | 'haloShare' | 'assumedMargin'>;

// Module level: the autosave hook keys its effects on the codecs' identity. Percent points as state.ts keeps them.
const economicsCodecs = {
  discount: numberCodec({ min: 0, max: 100 }),
  expectedVolumeChange: optionalNumberCodec({ min: -100, max: 10000 }),
  haloShare: numberCodec({ min: 0, max: 100 }),
  assumedMargin: optionalNumberCodec({ min: 0, max: 100 }),
};

/** The promotion's inputs; the assumed margin only where the data does not give the margin. */
export function EconomicsForm({ state, update, askMargin }: Pick<StepProps<PromoProductState>, 'state' | 'update'> & { askMargin: boolean }) {
  const t = useMessages(candidatesMessages);
  const { discount, expectedVolumeChange, haloShare, assumedMargin } = state.promo;
  const form = useAutosaveForm<EconomicsFields>({
    exerciseId: PROMO_EXERCISE_ID,
    formId: 'candidates.economics',
    codecs: economicsCodecs,
    values: { discount, expectedVolumeChange, haloShare, assumedMargin },
    onValidChange: (patch) => update((current) => ({ ...current, promo: { ...current.promo, ...patch } })),
  });
  return (
    <fieldset className="fieldset">
      <legend>{t('economics.form.title')}</legend>
      <div className="fields">
        <Field form={form} name="discount" label={t('economics.discount')} hint={t('economics.discountHint')} suffix="%" />
        <Field form={form} name="expectedVolumeChange" label={t('economics.expected')} hint={t('economics.expectedHint')} suffix="%" />
        <Field form={form} name="haloShare" label={t('economics.haloShare')} hint={t('economics.haloShareHint')} suffix="%" />
        {askMargin ? <Field form={form} name="assumedMargin" label={t('economics.assumedMargin')} hint={t('economics.assumedMarginHint')} suffix="%" /> : null}
      </div>
    </fieldset>
  );
}
