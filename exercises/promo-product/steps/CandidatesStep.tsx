import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import { Reading } from '../../../src/ui/Reading';
import type { PromoProductState } from '../state';
import { candidatesMessages } from '../messages/candidates';
import { sharedMessages } from '../messages/shared';
import { ReceiptsOriginNote } from './shared/ReceiptsOriginNote';
import { useItemName } from './shared/useReceipts';
import { useCandidates } from './candidates/useCandidates';
import { candidatesReading } from './candidates/candidatesReading';
import { CandidateList } from './candidates/CandidateList';
import { ChosenProduct } from './candidates/ChosenProduct';
import { WeightsForm } from './candidates/WeightsForm';
import { PROMO_SCORE_FACTORS } from '../state';
import './candidates/candidates.css';
import { Pending } from '../../../src/ui/Pending';

/**
 * Step "promo candidates": every product scored with the participant's weights (penetration, pull on other
 * products, margin room, frequency), the ranked list, and the chosen product's promotion: break-even volume
 * alone and with the products it brings along, the profit change at the expected volume, the indicator warning.
 */
export default function CandidatesStep({ state, update, presenter }: StepProps<PromoProductState>) {
  const t = useMessages(candidatesMessages);
  const shared = useMessages(sharedMessages);
  const format = useFormat();
  const { origin, view } = useCandidates(state);
  const itemName = useItemName(origin);
  const useDemo = () => update((current) => ({ ...current, useDemoData: true }));
  const intro = <p className="explain">{t('candidates.intro')}</p>;

  if (view.kind !== 'ready') {
    return (
      <>
        {intro}
        <ReceiptsOriginNote origin={origin} unreadable={view.kind === 'unreadable'} onUseDemo={useDemo} />
        {view.kind === 'loading' ? <Pending>{shared('origin.loading')}</Pending> : null}
        {view.kind === 'failed' ? (
          <Callout tone="warning">
            <p>{t('candidates.failed', { message: view.message })}</p>
          </Callout>
        ) : null}
        {view.kind === 'noReceipts' ? (
          <Callout tone="warning">
            <p>{t('candidates.noReceipts')}</p>
          </Callout>
        ) : null}
      </>
    );
  }

  const { figures, ranking, chosen } = view;
  const words = {
    t,
    percent: (share: number) => format.percent(share),
    wholePercent: (share: number) => format.percent(share, 0),
    signedPercent: (share: number) => format.signedPercent(share),
    signedMoney: (value: number) => format.signedMoney(value),
    itemName,
  };
  const reading = candidatesReading(figures, ranking, chosen, state.promo, state.priceIndicators, words);
  const counted = new Set(PROMO_SCORE_FACTORS.filter((factor) => state.promo.weights[factor] > 0 && !ranking.unavailable.includes(factor)));
  const chosenRow = ranking.kind === 'ranked' && state.promo.chosen !== null ? ranking.rows.find((row) => row.label === state.promo.chosen) : undefined;
  const askMargin = !figures.hasCost || figures.items.some((item) => item.marginRate === null) || state.promo.assumedMargin !== null;
  const choose = (label: string) => update((current) => ({ ...current, promo: { ...current.promo, chosen: label } }));
  const economics = (
    <ChosenProduct
      state={state}
      update={update}
      presenter={presenter}
      chosen={chosen}
      rank={chosenRow ? { rank: chosenRow.rank, total: ranking.kind === 'ranked' ? ranking.rows.length : 0 } : null}
      askMargin={askMargin}
      itemName={itemName}
    />
  );

  // On the projector the chosen product's promotion, the step's result, comes before the list it was chosen from.
  return (
    <>
      <Reading reading={reading} />
      {intro}
      <ReceiptsOriginNote origin={origin} onUseDemo={useDemo} />
      <WeightsForm state={state} update={update} />
      <details className="explain pp-candidates-method">
        <summary>{t('candidates.normalisedTitle')}</summary>
        <p>{t('candidates.normalised')}</p>
      </details>
      {ranking.unavailable.map((factor) => (
        <p key={factor} className="note">
          {t(`candidates.unavailable.${factor}`)}
        </p>
      ))}
      {!figures.hasCost && state.promo.assumedMargin !== null ? <p className="note">{t('candidates.marginSame')}</p> : null}
      {presenter && chosen.kind !== 'none' ? economics : null}
      {ranking.kind === 'noWeights' ? (
        <Callout tone="info">
          <p>{t('candidates.reading.noWeights')}</p>
        </Callout>
      ) : (
        <CandidateList rows={ranking.rows} counted={counted} chosen={state.promo.chosen} priceIndicators={state.priceIndicators} itemName={itemName} onChoose={choose} />
      )}
      {presenter && chosen.kind !== 'none' ? null : economics}
    </>
  );
}
