import { useState } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { BundleEconomics } from '../../model/bundles';
import { bundlesMessages } from '../../messages/bundles';
import type { ProposalFigures } from '../../analysis/bundlesFigures';
import { joinItems } from './shared';

/** Rows shown before "show all": the strongest proposals fit a screen. */
const FIRST_ROWS = 10;

interface Props {
  proposals: readonly ProposalFigures[];
  /** Bundles already kept, by bundleKey. */
  isKept: (labels: readonly string[]) => boolean;
  onAdd: (proposal: ProposalFigures) => void;
  name: (label: string) => string;
  caption: string;
  /** Proposals found, of which `proposals` are the strongest. */
  total: number;
}

/** The ranked proposals: how often bought together, lift, prices and margin at the default discount, and the take-up it pays from. */
export function ProposalTable({ proposals, isKept, onAdd, name, caption, total }: Props) {
  const t = useMessages(bundlesMessages);
  const [all, setAll] = useState(false);
  const shown = all ? proposals : proposals.slice(0, FIRST_ROWS);
  const format = useFormat();
  const money = (value: number | null) => (value === null ? '—' : format.money(value, 2));
  const breakEven = (economics: BundleEconomics) => {
    if (economics.breakEven === null) return '—';
    if (economics.breakEven.kind === 'never') return <span title={t('bundles.neverTitle')}>{t('bundles.never')}</span>;
    return economics.breakEven.share > 1 ? t('bundles.overAll') : format.percent(economics.breakEven.share);
  };
  return (
    <ScrollBox label={t('bundles.proposals.scroll')}>
      <table className="table-cards pp-bundles-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('bundles.col.rank')}</th>
            <th scope="col">{t('bundles.col.items')}</th>
            <th scope="col">{t('bundles.col.together')}</th>
            <th scope="col">{t('bundles.col.lift')}</th>
            <th scope="col">{t('bundles.col.today')}</th>
            <th scope="col">{t('bundles.col.price')}</th>
            <th scope="col">{t('bundles.col.margin')}</th>
            <th scope="col">{t('bundles.col.breakEven')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((proposal, rank) => {
            const { candidate, labels, economics } = proposal;
            const bundleName = joinItems(labels, name);
            const kept = isKept(labels);
            return (
              <tr key={labels.join('\u0000')}>
                <td data-label={t('bundles.col.rank')}>{rank + 1}</td>
                <th scope="row" data-label={t('bundles.col.items')} className="pp-bundles-items">
                  {labels.map((label, index) => (
                    <span key={label} className="pp-bundles-item">
                      {index > 0 ? '+ ' : null}
                      {name(label)}
                      {index === 0 ? <span className="pp-bundles-sub"> ({t('bundles.lead')})</span> : null}
                    </span>
                  ))}
                  <button type="button" className="button pp-bundles-add" disabled={kept} aria-label={kept ? undefined : t('bundles.addLabel', { name: bundleName })} onClick={() => onAdd(proposal)}>
                    {kept ? t('bundles.added') : t('bundles.add')}
                  </button>
                </th>
                <td data-label={t('bundles.col.together')} className="number">
                  {format.integer(candidate.count)} <span className="pp-bundles-sub">{format.percent(candidate.support, 2)}</span>
                </td>
                <td data-label={t('bundles.col.lift')} className="number">
                  {format.number(candidate.lift, 1)}
                </td>
                <td data-label={t('bundles.col.today')} className="number">
                  {format.percent(economics.todayShare)}
                </td>
                <td data-label={t('bundles.col.price')} className="number">
                  {money(economics.price)}
                  {economics.regularPrice === null ? null : <span className="pp-bundles-sub">{t('bundles.col.instead', { regular: money(economics.regularPrice) })}</span>}
                </td>
                <td data-label={t('bundles.col.margin')} className="number">
                  {money(economics.bundleMargin)}
                </td>
                <td data-label={t('bundles.col.breakEven')} className="number">
                  {breakEven(economics)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {proposals.length > FIRST_ROWS ? (
        <button type="button" className="button button--quiet" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('bundles.proposals.fewer', { count: FIRST_ROWS }) : t('bundles.proposals.all', { count: proposals.length })}
        </button>
      ) : null}
      {(all || proposals.length <= FIRST_ROWS) && total > proposals.length ? <p className="note">{t('bundles.proposals.shown', { shown: proposals.length, count: total })}</p> : null}
    </ScrollBox>
  );
}
