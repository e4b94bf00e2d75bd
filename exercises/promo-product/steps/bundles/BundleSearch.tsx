import { useId } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import type { StepProps } from '../../../../src/workbook/contract';
import { numberCodec, optionalNumberCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { PROMO_EXERCISE_ID } from '../../inputs';
import type { BundleSearchSettings, PromoProductState } from '../../state';
import { bundlesMessages } from '../../messages/bundles';

/** What the proposals are searched with, as the participant types it (state.bundleSearch): support and discount in %. */
export type SearchSettings = BundleSearchSettings;

// Percents as typed (0.3 = 0.3 %), as state.ts keeps them.
const searchCodecs = {
  minSupport: numberCodec({ min: 0.01, max: 100 }),
  minLift: numberCodec({ min: 0, max: 1000 }),
  discount: numberCodec({ min: 0, max: 100 }),
};
const marginCodecs = { assumedMargin: optionalNumberCodec({ min: 0, max: 100 }) };

type Props = Pick<StepProps<PromoProductState>, 'state' | 'update'> & {
  settings: SearchSettings;
  onSettings: (settings: SearchSettings) => void;
  /** The file has no cost: margins need the participant's assumption. */
  askMargin: boolean;
};

/** The thresholds and the default discount of the proposals, and the assumed margin when the file has no cost. */
export function BundleSearch({ state, update, settings, onSettings, askMargin }: Props) {
  const t = useMessages(bundlesMessages);
  const titleId = useId();
  const search = useAutosaveForm<SearchSettings>({
    exerciseId: PROMO_EXERCISE_ID,
    formId: 'bundles.search',
    codecs: searchCodecs,
    values: settings,
    onValidChange: (patch) => onSettings({ ...settings, ...patch }),
  });
  const margin = useAutosaveForm<{ assumedMargin: number | null }>({
    exerciseId: PROMO_EXERCISE_ID,
    formId: 'bundles.assumedMargin',
    codecs: marginCodecs,
    values: { assumedMargin: state.promo.assumedMargin },
    onValidChange: (patch) => update((current) => ({ ...current, promo: { ...current.promo, assumedMargin: patch.assumedMargin ?? null } })),
  });
  return (
    <section className="step-section pp-bundles-search" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('bundles.settings.title')}</h3>
      <div className="fields">
        <Field form={search} name="minSupport" label={t('bundles.settings.minSupport')} hint={t('bundles.settings.minSupportHint')} suffix="%" />
        <Field form={search} name="minLift" label={t('bundles.settings.minLift')} hint={t('bundles.settings.minLiftHint')} />
        <Field form={search} name="discount" label={t('bundles.settings.discount')} hint={t('bundles.settings.discountHint')} suffix="%" />
        {askMargin ? <Field form={margin} name="assumedMargin" label={t('bundles.settings.assumedMargin')} hint={t('bundles.settings.assumedMarginHint')} suffix="%" /> : null}
      </div>
    </section>
  );
}
