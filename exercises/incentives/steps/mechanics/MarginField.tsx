import { useMemo } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import { optionalNumberCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import type { StepProps } from '../../../../src/workbook/contract';
import { INCENTIVES_EXERCISE_ID, type IncentivesState } from '../../state';
import { discountsMessages } from '../../messages/discounts';

// Module level: the autosave hook keys its effects on the codecs' identity.
const marginCodecs = { margin: optionalNumberCodec({ unit: 'percent', min: 0, max: 1 }) };

/** The gross margin every discount and reward rate is checked against. */
export function MarginField({ state, update }: Pick<StepProps<IncentivesState>, 'state' | 'update'>) {
  const t = useMessages(discountsMessages);
  const values = useMemo(() => ({ margin: state.margin }), [state.margin]);
  const form = useAutosaveForm({
    exerciseId: INCENTIVES_EXERCISE_ID,
    formId: 'margin',
    codecs: marginCodecs,
    values,
    onValidChange: (patch) => update((current) => ({ ...current, ...patch })),
  });
  return (
    <div className="fields in-margin">
      <Field form={form} name="margin" label={t('discounts.margin')} hint={t('discounts.marginHint')} suffix="%" />
    </div>
  );
}
