import { useMemo } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { optionalNumberCodec } from '../../../../src/workbook/fieldCodecs';
import { Field } from '../../../../src/ui/Field';
import type { StepProps } from '../../../../src/workbook/contract';
import { BUSINESS_MODELS, DATA_SOURCES, IDENTIFICATION_METHODS, type BusinessProfile, type LoyaltyState } from '../../state';
import { businessMessages } from '../../messages/business';
import { LOYALTY_EXERCISE_ID } from '../../inputs';
import { ChoiceGroup } from './ChoiceGroup';

// Module level: the autosave hook keys its effects on the codecs' identity. Ten years is the longest cycle that is a cycle.
const numberCodecs = {
  purchaseCycleDays: optionalNumberCodec({ min: 1, max: 3650 }),
  activeCustomers: optionalNumberCodec({ unit: 'count', min: 1 }),
};

type Update = StepProps<LoyaltyState>['update'];

/** Step 1's questions: choices save on click, the two numbers on every keystroke (a bad one stays as a draft). */
export function BusinessForm({ business, update }: { business: BusinessProfile; update: Update }) {
  const t = useMessages(businessMessages);
  const change = (patch: Partial<BusinessProfile>) => update((current) => ({ ...current, business: { ...current.business, ...patch } }));
  const values = useMemo(
    () => ({ purchaseCycleDays: business.purchaseCycleDays, activeCustomers: business.activeCustomers }),
    [business.purchaseCycleDays, business.activeCustomers],
  );
  const form = useAutosaveForm({ exerciseId: LOYALTY_EXERCISE_ID, formId: 'business', codecs: numberCodecs, values, onValidChange: (patch) => change(patch) });
  const toggleData = (source: (typeof DATA_SOURCES)[number], on: boolean) =>
    update((current) => {
      const rest = current.business.dataAvailable.filter((item) => item !== source);
      // Kept in the catalogue's order, so the profile reads alike however it was ticked.
      const next = on ? DATA_SOURCES.filter((item) => item === source || rest.includes(item)) : rest;
      return { ...current, business: { ...current.business, dataAvailable: next } };
    });

  return (
    <section className="step-section" aria-labelledby="lm-business-profile">
      <h3 id="lm-business-profile">{t('business.profileTitle')}</h3>
      <ChoiceGroup legend={t('business.modelLegend')} options={BUSINESS_MODELS} label={(model) => t(`model.${model}`)} chosen={business.model} onChange={(model) => change({ model })} />
      <div className="fields">
        <Field form={form} name="purchaseCycleDays" label={t('business.cycle')} hint={t('business.cycleHint')} suffix={t('business.days')} />
        <Field form={form} name="activeCustomers" label={t('business.customers')} hint={t('business.customersHint')} />
      </div>
      <div className="lm-choices lm-choices--single">
        <label>
          <input type="checkbox" checked={business.longLifeCycle} onChange={(event) => change({ longLifeCycle: event.target.checked })} />
          {t('business.longLifeCycle')}
        </label>
      </div>
      <ChoiceGroup
        legend={t('business.identificationLegend')}
        options={IDENTIFICATION_METHODS}
        label={(identification) => t(`identification.${identification}`)}
        chosen={business.identification}
        onChange={(identification) => change({ identification })}
      />
      <ChoiceGroup legend={t('business.dataLegend')} options={DATA_SOURCES} label={(source) => t(`data.${source}`)} chosen={business.dataAvailable} onChange={toggleData} />
    </section>
  );
}
