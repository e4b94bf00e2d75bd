import { useId } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { AtRiskPage, AtRiskRow, WarningsSummary } from '../../analysis/warningsAnalysis';
import { warningsMessages } from '../../messages/warnings';
import { warningsListMessages } from '../../messages/warningsList';
import { WARNING_RULES, type WarningRule } from '../../model/warnings';
import { customerLabel } from './customerLabel';
import { reasonText } from './reasonText';

interface Props {
  summary: WarningsSummary;
  list: AtRiskPage;
  onRule: (rule: WarningRule | null) => void;
  onPage: (page: number) => void;
}

/** The ranked customers with a warning, one page from the worker at a time, filtered by a rule. */
export function AtRiskList({ summary, list, onRule, onPage }: Props) {
  const t = useMessages(warningsListMessages);
  const rules = useMessages(warningsMessages);
  const format = useFormat();
  const filterId = useId();
  const { atRisk } = summary;
  const share = summary.yearlyRevenue > 0 ? atRisk.atStake / summary.yearlyRevenue : 0;
  const activeRules = WARNING_RULES.filter((rule) => summary.rules[rule].active);
  // The page's first rank: where it starts in the ranked list.
  const from = (list.rows[0]?.rank ?? 1) - 1;
  return (
    <section className="cb-warnings-at-risk" aria-labelledby="cb-warnings-at-risk-title">
      <h3 id="cb-warnings-at-risk-title">{t('atRisk.title')}</h3>
      {atRisk.customers === 0 ? (
        <p className="finding">{t('atRisk.none')}</p>
      ) : (
        <>
          <p className="finding">{t('atRisk.summary', { count: atRisk.customers, money: format.money(atRisk.atStake), share: format.percent(share, 0) })}</p>
          <p className="note">{t('atRisk.order')}</p>
          <div className="cb-warnings-filter">
            <label htmlFor={filterId}>{t('atRisk.filter')}</label>
            <select id={filterId} value={list.rule ?? ''} onChange={(event) => onRule(WARNING_RULES.find((rule) => rule === event.target.value) ?? null)}>
              <option value="">{t('atRisk.filter.all')}</option>
              {activeRules.map((rule) => (
                <option key={rule} value={rule}>
                  {`${rules(`rule.${rule}`)} (${format.integer(summary.rules[rule].flagged)})`}
                </option>
              ))}
            </select>
          </div>
          {list.total === 0 ? (
            <p className="note">{t('atRisk.noneForRule')}</p>
          ) : (
            <ScrollBox label={t('atRisk.tableLabel')} className="cb-warnings-list">
              <table className="table-cards" aria-label={t('atRisk.tableLabel')}>
                <thead>
                  <tr>
                    <th scope="col">{t('atRisk.rank')}</th>
                    <th scope="col">{t('atRisk.customer')}</th>
                    <th scope="col">{t('atRisk.stage')}</th>
                    <th scope="col">{t('atRisk.atStake')}</th>
                    <th scope="col">{t('atRisk.reasons')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.rows.map((row) => (
                    <AtRiskLine key={row.id} row={row} />
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
          {list.pageCount > 1 ? (
            <nav className="cb-warnings-pages" aria-label={t('atRisk.page.label')}>
              <button type="button" className="button" disabled={list.page === 0} onClick={() => onPage(list.page - 1)}>
                {t('atRisk.page.previous')}
              </button>
              <span>{t('atRisk.page.range', { from: format.integer(from + 1), to: format.integer(from + list.rows.length), total: format.integer(list.total) })}</span>
              <button type="button" className="button" disabled={list.page >= list.pageCount - 1} onClick={() => onPage(list.page + 1)}>
                {t('atRisk.page.next')}
              </button>
            </nav>
          ) : null}
        </>
      )}
    </section>
  );
}

function AtRiskLine({ row }: { row: AtRiskRow }) {
  const t = useMessages(warningsListMessages);
  const stages = useMessages(warningsMessages);
  const format = useFormat();
  return (
    <tr>
      <td data-label={t('atRisk.rank')}>{format.integer(row.rank)}</td>
      <th scope="row" data-label={t('atRisk.customer')}>
        {customerLabel(row)}
      </th>
      <td data-label={t('atRisk.stage')}>{stages(`stage.${row.stage}`)}</td>
      <td data-label={t('atRisk.atStake')} className="cb-warnings-money">
        {format.money(row.atStake)}
      </td>
      <td data-label={t('atRisk.reasons')}>
        <ul className="cb-warnings-reasons">
          {row.reasons.map((reason) => (
            <li key={reason.rule}>{reasonText(reason, t, format)}</li>
          ))}
        </ul>
      </td>
    </tr>
  );
}
