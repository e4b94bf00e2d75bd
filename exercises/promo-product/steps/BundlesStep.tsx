import { useId } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import { Reading } from '../../../src/ui/Reading';
import type { PromoProductState } from '../state';
import type { BundleCandidate } from '../model/bundles';
import { bundlesMessages } from '../messages/bundles';
import { switchingMessages } from '../messages/bundlesSwitching';
import { sharedMessages } from '../messages/shared';
import { assumedMarginShare, bundleKey, keptBundleFigures, keptSwitchFigures, newBundle, proposalFigures } from '../analysis/bundlesFigures';
import { ReceiptsOriginNote } from './shared/ReceiptsOriginNote';
import { useItemName } from './shared/useReceipts';
import { useBundles } from './bundles/useBundles';
import { BundleSearch } from './bundles/BundleSearch';
import { ProposalTable } from './bundles/ProposalTable';
import { KeptBundles } from './bundles/KeptBundles';
import { Switching } from './bundles/Switching';
import { bundlesReading } from './bundles/bundlesReading';
import './bundles/bundles.css';
import { Pending } from '../../../src/ui/Pending';


/**
 * Step "Bundles and switching": pairs and triples bought together become bundle proposals with a price, a margin
 * and the take-up they pay from; the participant keeps some with their own discount and take-up and sees the
 * effect against today, cannibalisation included; substitute pairs show the gain of moving buyers to the one
 * that earns more.
 */
export default function BundlesStep({ state, update }: StepProps<PromoProductState>) {
  const t = useMessages(bundlesMessages);
  const ts = useMessages(switchingMessages);
  const shared = useMessages(sharedMessages);
  const format = useFormat();
  const proposalsTitleId = useId();
  // The search is a view of the receipts, not a decision: it lives while the step is open (see the note on screen).
  const search = state.bundleSearch;
  const thresholds = { minSupport: search.minSupport / 100, minLift: search.minLift };
  const { origin, view } = useBundles(state, thresholds);
  const name = useItemName(origin);
  const useDemo = () => update((current) => ({ ...current, useDemoData: true }));

  if (view.kind !== 'ready') {
    return (
      <>
        <p className="explain">{t('bundles.intro')}</p>
        <ReceiptsOriginNote origin={origin} unreadable={view.kind === 'unreadable'} onUseDemo={useDemo} />
        {view.kind === 'loading' ? <Pending>{shared('origin.loading')}</Pending> : null}
        {view.kind === 'failed' ? (
          <Callout tone="warning">
            <p>{t('bundles.failed', { message: view.message })}</p>
          </Callout>
        ) : null}
      </>
    );
  }

  const { result } = view;
  const assumedMargin = assumedMarginShare(state);
  const proposals = result.search.kind === 'bundles' ? result.search.candidates.map((candidate) => proposalFigures(result, candidate, search.discount, assumedMargin)) : [];
  const keptKeys = new Set(state.bundles.map((bundle) => bundleKey(bundle.items)));
  const kept = keptBundleFigures(state, result);
  const switches = keptSwitchFigures(state, result);
  const reading = bundlesReading(
    { result, thresholds, discount: search.discount, assumedMargin, kept, switches },
    { t: ts, name, percent: (share) => format.percent(share), money: (amount) => format.money(amount, 2), signedMoney: (amount) => format.signedMoney(amount), number: (value) => format.number(value, 1) },
  );
  const addBundle = (labels: string[], candidate: BundleCandidate) =>
    update((current) => (current.bundles.some((bundle) => bundleKey(bundle.items) === bundleKey(labels)) ? current : { ...current, bundles: [...current.bundles, newBundle(candidate, labels, search.discount)] }));
  const itemLabels = result.items.map((item) => item.label);
  // A bundle of the participant's own: no search figures to start its take-up from, so it waits for their estimate.
  const addOwnBundle = (labels: string[]) => {
    if (keptKeys.has(bundleKey(labels))) return false;
    update((current) => (current.bundles.some((bundle) => bundleKey(bundle.items) === bundleKey(labels)) ? current : { ...current, bundles: [...current.bundles, { items: labels, price: null, discount: search.discount, takeUp: null }] }));
    return true;
  };
  const lower = { lowerSupport: format.percent(thresholds.minSupport / 2, 2), lowerLift: format.number(Math.max(1, search.minLift / 2 + 0.5), 1) };

  return (
    <>
      <Reading reading={reading} />
      <ReceiptsOriginNote origin={origin} onUseDemo={useDemo} />
      <p className="explain">{t('bundles.intro')}</p>
      <BundleSearch state={state} update={update} settings={search} onSettings={(bundleSearch) => update((current) => ({ ...current, bundleSearch }))} askMargin={result.hasMoney && !result.hasCost} />
      <section className="step-section" aria-labelledby={proposalsTitleId} aria-busy={view.updating}>
        <h3 id={proposalsTitleId}>{t('bundles.proposals.title')}</h3>
        <p className="explain">{t('bundles.proposals.explain')}</p>
        {!result.hasMoney ? <p className="note">{t('bundles.proposals.noMoney')}</p> : !result.hasCost && assumedMargin === null ? <p className="note">{t('bundles.proposals.noMargin')}</p> : null}
        {result.search.kind === 'tooMany' ? (
          <Callout tone="warning">
            <p>{t('bundles.proposals.tooMany')}</p>
          </Callout>
        ) : proposals.length === 0 ? (
          <Callout tone="info">
            <p>{t('bundles.proposals.none', { support: format.percent(thresholds.minSupport, 2), lift: format.number(search.minLift, 1), ...lower })}</p>
          </Callout>
        ) : (
          <ProposalTable
              proposals={proposals}
              isKept={(labels) => keptKeys.has(bundleKey(labels))}
              onAdd={(proposal) => addBundle(proposal.labels, proposal.candidate)}
              name={name}
              caption={t('bundles.proposals.caption', { lift: format.number(search.minLift, 1), support: format.percent(thresholds.minSupport, 2) })}
              total={result.search.total}
            />
        )}
      </section>
      <KeptBundles kept={kept} update={update} name={name} labels={itemLabels} onAdd={addOwnBundle} assumedMargin={assumedMargin} />
      <Switching result={result} kept={switches} state={state} update={update} name={name} minSupport={thresholds.minSupport} assumedMargin={assumedMargin} />
    </>
  );
}
