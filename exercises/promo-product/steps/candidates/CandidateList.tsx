import { useId, useState } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { CandidateRow } from '../../model/promo';
import { PROMO_SCORE_FACTORS, type PromoScoreFactor } from '../../state';
import { candidatesMessages } from '../../messages/candidates';

/** Rows shown at first and added by "show more": a list the eye can take in. */
export const LIST_PAGE = 20;

interface Props {
  rows: readonly CandidateRow[];
  /** Weights in use: a part weighed 0 is shown greyed, it does not count. */
  counted: ReadonlySet<PromoScoreFactor>;
  chosen: string | null;
  priceIndicators: readonly string[];
  itemName: (label: string) => string;
  onChoose: (label: string) => void;
}

/** The ranked products, the top ones first or any found by name, each part's figure and place among the products. */
export function CandidateList({ rows, counted, chosen, priceIndicators, itemName, onChoose }: Props) {
  const t = useMessages(candidatesMessages);
  const format = useFormat();
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(LIST_PAGE);
  const searchId = useId();
  const wanted = query.trim().toLocaleLowerCase();
  const matching = wanted === '' ? rows : rows.filter((row) => itemName(row.label).toLocaleLowerCase().includes(wanted) || row.label.toLocaleLowerCase().includes(wanted));
  const shown = matching.slice(0, limit);

  const figure = (row: CandidateRow, factor: PromoScoreFactor): string => {
    const value = row.values[factor];
    if (value === null) return '—';
    if (factor === 'penetration' || factor === 'marginRoom') return format.percent(value);
    return format.number(value, factor === 'pull' ? 2 : 1);
  };

  return (
    <section className="pp-candidates-list" aria-labelledby={`${searchId}-title`}>
      <h3 id={`${searchId}-title`}>{t('candidates.list.title')}</h3>
      <div className="field pp-candidates-search">
        <label htmlFor={searchId} className="field__label">
          {t('candidates.list.search')}
        </label>
        <div className="field__control">
          <input
            id={searchId}
            type="search"
            value={query}
            autoComplete="off"
            onChange={(event) => {
              setQuery(event.target.value);
              setLimit(LIST_PAGE);
            }}
          />
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="note">{t('candidates.list.noMatch', { query: query.trim() })}</p>
      ) : (
        <ScrollBox label={t('candidates.list.title')}>
          <table className="pp-candidates-table table-cards" aria-labelledby={`${searchId}-title`}>
            <thead>
              <tr>
                <th scope="col">{t('candidates.col.rank')}</th>
                <th scope="col">{t('candidates.col.product')}</th>
                <th scope="col">{t('candidates.col.score')}</th>
                {PROMO_SCORE_FACTORS.map((factor) => (
                  <th key={factor} scope="col" className={counted.has(factor) ? undefined : 'pp-candidates-off'}>
                    {t(`candidates.column.${factor}`)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('candidates.col.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const name = itemName(row.label);
                const isChosen = row.label === chosen;
                const indicator = priceIndicators.includes(row.label);
                return (
                  <tr key={row.label} className={isChosen ? 'pp-candidates-row--chosen' : undefined}>
                    <td data-label={t('candidates.col.rank')}>{row.rank}</td>
                    <th scope="row" data-label={t('candidates.col.product')}>
                      {name}
                      {indicator ? (
                        <span className="pp-candidates-badge" title={t('candidates.indicatorBadgeHint')}>
                          {t('candidates.indicatorBadge')}
                        </span>
                      ) : null}
                    </th>
                    <td data-label={t('candidates.col.score')}>
                      <strong>{format.number(row.score, 0)}</strong>
                    </td>
                    {PROMO_SCORE_FACTORS.map((factor) => (
                      <td key={factor} data-label={t(`candidates.column.${factor}`)} className={counted.has(factor) ? undefined : 'pp-candidates-off'}>
                        <span className="pp-candidates-part">
                          {figure(row, factor)}
                          {factor === 'marginRoom' && row.marginAssumed ? <span className="pp-candidates-assumed"> {t('candidates.assumed')}</span> : null}
                          <span className="pp-candidates-bar" aria-hidden="true">
                            <span style={{ width: `${Math.round(row.parts[factor] * 100)}%` }} />
                          </span>
                          <span className="visually-hidden">{t('candidates.partPlace', { share: format.percent(row.parts[factor], 0) })}</span>
                        </span>
                      </td>
                    ))}
                    <td className="pp-candidates-action">
                      <button
                        type="button"
                        className="button"
                        aria-pressed={isChosen}
                        onClick={() => onChoose(row.label)}
                      >
                        {isChosen ? t('candidates.chosen') : t('candidates.choose')}{' '}
                        <span className="visually-hidden">{name}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <p className="note">
        {t('candidates.list.showing', { shown: shown.length, total: matching.length })}{' '}
        {matching.length > shown.length ? (
          <button type="button" className="button button--quiet" onClick={() => setLimit(limit + LIST_PAGE)}>
            {t('candidates.list.more')}
          </button>
        ) : null}
      </p>
    </section>
  );
}
