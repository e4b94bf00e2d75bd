import { useMessages } from '../../../../src/i18n/useI18n';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { optionalNumberCodec } from '../../../../src/workbook/fieldCodecs';
import { Field } from '../../../../src/ui/Field';
import type { StepProps } from '../../../../src/workbook/contract';
import type { RoiState } from '../../state';
import { roiMessages } from '../../messages';

// Module level: the autosave hook keys its effects on the codecs' identity. Limits follow state.ts.
const discountCodecs = {
  margin: optionalNumberCodec({ unit: 'percent', min: 0, max: 1 }),
  discount: optionalNumberCodec({ unit: 'percent', min: 0, max: 1 }),
  expectedVolumeChange: optionalNumberCodec({ unit: 'percent', min: -1 }),
};

export function DiscountForm({ state, update }: Pick<StepProps<RoiState>, 'state' | 'update'>) {
  const t = useMessages(roiMessages);
  const form = useAutosaveForm({
    exerciseId: 'program-roi',
    formId: 'discount',
    codecs: discountCodecs,
    values: state.discount,
    onValidChange: (patch) => update((current) => ({ ...current, discount: { ...current.discount, ...patch } })),
  });
  return (
    <fieldset className="fieldset">
      <legend>{t('discount.inputsLegend')}</legend>
      <div className="fields">
        <Field form={form} name="margin" label={t('discount.margin')} hint={t('discount.marginHint')} suffix="%" />
        <Field form={form} name="discount" label={t('discount.discount')} hint={t('discount.discountHint')} suffix="%" />
        <Field form={form} name="expectedVolumeChange" label={t('discount.expected')} hint={t('discount.expectedHint')} suffix="%" />
      </div>
    </fieldset>
  );
}
