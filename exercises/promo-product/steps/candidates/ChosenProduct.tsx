import { useId } from 'react';
import type { StepProps } from '../../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { BreakEven, Halo } from '../../model/promoEconomics';
import type { PromoProductState } from '../../state';
import { candidatesMessages } from '../../messages/candidates';
import type { ChosenPromo } from './chosenPromo';
import { EconomicsForm } from './EconomicsForm';
import { ProfitChart } from './ProfitChart';

/** Companions listed under the figures: the few that make most of the halo. */
const HALO_ROWS = 5;

type Props = Pick<StepProps<PromoProductState>, 'state' | 'update' | 'presenter'> & {
  chosen: ChosenPromo;
  /** The chosen product's place in the ranked list, of how many. */
  rank: { rank: number; total: number } | null;
  askMargin: boolean;
  itemName: (label: string) => string;
};

/** The chosen product's promotion: the indicator warning, the inputs, the break-evens, the profit change, the chart and the halo. */
export function ChosenProduct({ state, update, presenter, chosen, rank, askMargin, itemName }: Props) {
  const t = useMessages(candidatesMessages);
  const format = useFormat();
  if (chosen.kind === 'none') return <p className="note">{t('economics.none')}</p>;
  const name = itemName(chosen.label);
  if (chosen.kind === 'pending') return <p className="note">{t('economics.pending', { product: name })}</p>;
  if (chosen.kind === 'missing') {
    return (
      <Callout tone="warning">
        <p>{t('economics.missing', { product: name })}</p>
      </Callout>
    );
  }
  const form = <EconomicsForm state={state} update={update} askMargin={askMargin || chosen.kind === 'noMargin'} />;
  const warning = chosen.indicator ? (
    <Callout tone="warning" title={t('economics.indicatorTitle', { product: name })}>
      <p>{t('economics.indicatorText')}</p>
    </Callout>
  ) : null;
  const heading = (
    <>
      <h3>{t('economics.title', { product: name })}</h3>
      {rank ? <p className="note">{t('economics.rank', { rank: rank.rank, total: rank.total })}</p> : null}
    </>
  );
  if (chosen.kind === 'noMargin') {
    return (
      <section className="pp-candidates-chosen">
        {heading}
        {warning}
        <Callout tone="info">
          <p>{t('economics.noMargin', { product: name })}</p>
        </Callout>
        {form}
      </section>
    );
  }

  const { economics, inputs, factors, halo } = chosen;
  const percentOf = (breakEven: BreakEven) => (breakEven.kind === 'reachable' ? format.signedPercent(breakEven.volumeChange) : t('economics.suicidalValue'));
  const expected = economics.expected;
  const money = inputs.revenuePerReceipt !== null;
  const tone = (change: number | null) => (change === null || Math.abs(change) < 1e-9 ? 'neutral' : change > 0 ? 'good' : 'bad');
  return (
    <section className="pp-candidates-chosen">
      {heading}
      {warning}
      {economics.suicidal ? (
        <Callout tone="warning" title={t('economics.suicidalTitle')}>
          <p>{t('economics.suicidalPlain', { discount: format.percent(inputs.discount), margin: format.percent(inputs.margin), product: name })}</p>
          {economics.breakEvenWithHalo?.kind === 'reachable' ? <p>{t('candidates.reading.suicidalHalo', { halo: format.signedPercent(economics.breakEvenWithHalo.volumeChange) })}</p> : null}
        </Callout>
      ) : null}
      <div className={`pp-candidates-economics${presenter ? ' pp-candidates-economics--presenter' : ''}`}>
        <div>{form}</div>
        <div>
          <MetricGrid label={t('economics.figures', { product: name })}>
            {factors.averagePrice !== null ? (
              <Metric label={t('economics.price')} value={format.money(factors.averagePrice, 2)} note={t('economics.priceNote', { count: factors.receipts })} />
            ) : null}
            <Metric label={t('economics.margin')} value={format.percent(inputs.margin)} note={t(chosen.marginAssumed ? 'economics.marginNote.assumed' : 'economics.marginNote.data')} />
            <Metric
              label={t('economics.breakEven')}
              value={percentOf(economics.breakEven)}
              note={economics.breakEven.kind === 'reachable' ? t('economics.breakEvenNote') : t('economics.suicidalNote')}
              tone={economics.breakEven.kind === 'suicidal' ? 'bad' : 'neutral'}
            />
            {economics.breakEvenWithHalo ? (
              <Metric
                label={t('economics.breakEvenHalo')}
                value={percentOf(economics.breakEvenWithHalo)}
                note={t('economics.breakEvenHaloNote', { halo: format.money(inputs.haloShare * (inputs.haloPerReceipt ?? 0), 2), share: format.percent(inputs.haloShare, 0) })}
                tone={economics.breakEvenWithHalo.kind === 'suicidal' ? 'bad' : 'neutral'}
              />
            ) : null}
            {expected ? (
              <Metric
                label={t('economics.profit')}
                value={money ? format.signedMoney(expected.profitChange ?? Number.NaN) : format.signedPercent(expected.relative)}
                note={t(money ? 'economics.profitNote' : 'economics.profitNoteShare', { expected: format.signedPercent(inputs.expectedVolumeChange ?? 0) })}
                tone={tone(expected.relative)}
              />
            ) : null}
            {expected && expected.relativeWithHalo !== null ? (
              <Metric
                label={t('economics.profitHalo')}
                value={money ? format.signedMoney(expected.profitChangeWithHalo ?? Number.NaN) : format.signedPercent(expected.relativeWithHalo)}
                note={t('economics.profitHaloNote', { relative: format.signedPercent(expected.relativeWithHalo) })}
                tone={tone(expected.relativeWithHalo)}
              />
            ) : null}
          </MetricGrid>
          {expected ? null : <p className="note">{t('economics.noExpected')}</p>}
          {economics.breakEvenWithHalo === null ? <p className="note">{t('economics.noHalo')}</p> : null}
        </div>
      </div>
      <ProfitChart inputs={inputs} economics={economics} product={name} presenter={presenter} />
      {halo ? <HaloTable halo={halo} itemName={itemName} product={name} /> : null}
    </section>
  );
}

function HaloTable({ halo, itemName, product }: { halo: Halo; itemName: (label: string) => string; product: string }) {
  const t = useMessages(candidatesMessages);
  const titleId = useId();
  const format = useFormat();
  const rows = halo.contributions.slice(0, HALO_ROWS);
  if (rows.length === 0) return <p className="note">{t('economics.halo.empty', { product })}</p>;
  return (
    <section className="pp-candidates-halo" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('economics.halo.title')}</h4>
      <p className="explain">{t('economics.halo.intro', { product, total: format.money(halo.perReceipt, 2) })}</p>
      <ScrollBox label={t('economics.halo.title')}>
        <table className="table-cards" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t('economics.halo.product')}</th>
              <th scope="col">{t('economics.halo.confidence', { product })}</th>
              <th scope="col">{t('economics.halo.support')}</th>
              <th scope="col">{t('economics.halo.margin')}</th>
              <th scope="col">{t('economics.halo.perReceipt')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.item}>
                <th scope="row" data-label={t('economics.halo.product')}>
                  {itemName(row.label)}
                </th>
                <td data-label={t('economics.halo.confidence', { product })}>{format.percent(row.confidence)}</td>
                <td data-label={t('economics.halo.support')}>{format.percent(row.support)}</td>
                <td data-label={t('economics.halo.margin')}>{format.money(row.marginPerReceipt, 2)}</td>
                <td data-label={t('economics.halo.perReceipt')}>{format.money(row.perReceipt, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {halo.contributions.length > rows.length ? <p className="note">{t('economics.halo.more', { count: halo.contributions.length - rows.length })}</p> : null}
      {halo.withoutMargin > 0 ? <p className="note">{t('economics.halo.withoutMargin', { count: halo.withoutMargin })}</p> : null}
    </section>
  );
}
