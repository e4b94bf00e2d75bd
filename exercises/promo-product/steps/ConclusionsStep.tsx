import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useLocale, useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import type { PromoProductState } from '../state';
import { conclusionsMessages } from '../messages/conclusions';
import { keptBundleFigures, keptSwitchFigures, knownSum } from '../analysis/bundlesFigures';
import { ReceiptsOriginNote } from './shared/ReceiptsOriginNote';
import { useItemName } from './shared/useReceipts';
import { useCandidates } from './candidates/useCandidates';
import { useBundles } from './bundles/useBundles';
import { conclusionsReading } from './conclusions/conclusionsReading';
import { BundlesSummary, ConclusionsNotes, IndicatorsSummary, PromoSummary, SwitchesSummary } from './conclusions/ConclusionsSections';
import './conclusions/conclusions.css';

/** Step "conclusions": the promo product with its terms, the bundles, the switches and the price indicators, on one printable page. */
export default function ConclusionsStep({ state, update }: StepProps<PromoProductState>) {
  const t = useMessages(conclusionsMessages);
  const format = useFormat();
  const locale = useLocale();
  const { origin, view } = useCandidates(state);
  const bundlesAnalysis = useBundles(state, { minSupport: state.bundleSearch.minSupport / 100, minLift: state.bundleSearch.minLift }).view;
  const itemName = useItemName(origin);
  const chosen = view.kind === 'ready' ? view.chosen : state.promo.chosen === null ? { kind: 'none' as const } : null;
  const bundles = bundlesAnalysis.kind === 'ready' ? keptBundleFigures(state, bundlesAnalysis.result) : null;
  const switches = bundlesAnalysis.kind === 'ready' ? keptSwitchFigures(state, bundlesAnalysis.result) : null;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const reading = conclusionsReading(
    {
      chosen,
      discount: state.promo.discount / 100,
      bundles: { count: state.bundles.length, effect: bundles === null ? null : knownSum(bundles.map((kept) => kept.figures?.economics.effect ?? null)) },
      switchGain: switches === null ? null : knownSum(switches.map((kept) => kept.figures?.gain ?? null)),
      indicators: state.priceIndicators,
    },
    {
      t,
      percent: (share) => format.percent(share),
      signedPercent: (share) => format.signedPercent(share),
      signedMoney: (value) => format.signedMoney(value),
      itemName,
      list: (names) => list.format(names),
    },
  );
  return (
    <>
      <Reading reading={reading} />
      <p className="explain">{t('conclusions.intro')}</p>
      <ReceiptsOriginNote origin={origin} unreadable={view.kind === 'unreadable'} onUseDemo={() => update((current) => ({ ...current, useDemoData: true }))} />
      <PromoSummary chosen={chosen} discount={state.promo.discount / 100} itemName={itemName} />
      <BundlesSummary bundles={state.bundles.length === 0 ? [] : bundles} itemName={itemName} />
      <SwitchesSummary switches={state.switches.length === 0 ? [] : switches} itemName={itemName} />
      <IndicatorsSummary indicators={state.priceIndicators} itemName={itemName} />
      <ConclusionsNotes state={state} update={update} />
    </>
  );
}
