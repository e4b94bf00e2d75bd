import { useId } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { PRIORITY_PAGE_SIZE, type PrioritiesResult } from '../../analysis/prioritiesAnalysis';
import { prioritiesMessages } from '../../messages/priorities';
import { rfmSegmentMessages, segmentName } from '../../../../src/customers/rfmSegmentNames';
import { OTHERS } from '../../../../src/customers/rfmSegments';
import { DIRECTIONS, type Direction, type RfmSegmentRule } from '../../state';

type Ready = Extract<PrioritiesResult, { kind: 'ready' }>;

interface Props {
  list: Ready['list'];
  rules: readonly RfmSegmentRule[];
  onFilter: (direction: Direction | null) => void;
  onPage: (page: number) => void;
}

/** One direction's customers (or all), largest revenue first, a page of 50 at a time from the worker. */
export function CustomerList({ list, rules, onFilter, onPage }: Props) {
  const t = useMessages(prioritiesMessages);
  const ts = useMessages(rfmSegmentMessages);
  const format = useFormat();
  const filterId = useId();
  const shownDirection = list.direction === null ? t('priorities.list.all') : t(`priorities.direction.${list.direction}`);
  const from = list.page * PRIORITY_PAGE_SIZE;
  return (
    <section className="step-section" aria-labelledby="cb-priorities-list-title">
      <h3 id="cb-priorities-list-title">{t('priorities.list.title')}</h3>
      <div className="cb-priorities-filter">
        <label htmlFor={filterId}>{t('priorities.list.filter')}</label>
        <select id={filterId} value={list.direction ?? ''} onChange={(event) => onFilter(DIRECTIONS.find((direction) => direction === event.target.value) ?? null)}>
          <option value="">{t('priorities.list.all')}</option>
          {DIRECTIONS.map((direction) => (
            <option key={direction} value={direction}>
              {t(`priorities.direction.${direction}`)}
            </option>
          ))}
        </select>
      </div>
      {list.total === 0 ? (
        <p className="note">{t('priorities.list.empty')}</p>
      ) : (
        <>
          <ScrollBox label={t('priorities.list.scroll')}>
            <table className="table-cards cb-priorities-customers">
              <caption>{t('priorities.list.caption', { direction: shownDirection })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('priorities.col.customer')}</th>
                  <th scope="col">{t('priorities.col.direction')}</th>
                  <th scope="col">{t('priorities.col.reason')}</th>
                  <th scope="col">{t('priorities.col.abc')}</th>
                  <th scope="col">{t('priorities.col.rfm')}</th>
                  <th scope="col">{t('priorities.col.revenue')}</th>
                  <th scope="col">{t('priorities.col.value')}</th>
                  <th scope="col">{t('priorities.col.wallet')}</th>
                  <th scope="col">{t('priorities.col.warnings')}</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row" data-label={t('priorities.col.customer')}>
                      {row.id}
                      {row.name ? <span className="cb-priorities-sub">{row.name}</span> : null}
                    </th>
                    <td data-label={t('priorities.col.direction')}>{t(`priorities.direction.${row.direction}`)}</td>
                    <td data-label={t('priorities.col.reason')}>{t(`priorities.reason.${row.reason}`, { abc: row.abc })}</td>
                    <td data-label={t('priorities.col.abc')}>{row.xyz === null || row.xyz === 'new' ? row.abc : `${row.abc}${row.xyz}`}</td>
                    <td data-label={t('priorities.col.rfm')}>
                      {row.r > 0 ? `${row.r}${row.f}${row.m}` : '—'}
                      {row.r > 0 ? <span className="cb-priorities-sub">{row.segment === OTHERS ? segmentName(ts, rules, OTHERS) : segmentName(ts, rules, row.segment)}</span> : null}
                    </td>
                    <td data-label={t('priorities.col.revenue')} className="number">
                      {format.money(row.revenue)}
                    </td>
                    <td data-label={t('priorities.col.value')} className="number">
                      {row.expectedValue === null ? '—' : format.money(row.expectedValue)}
                    </td>
                    <td data-label={t('priorities.col.wallet')} className="number">
                      {row.wallet === null ? '—' : format.percent(row.wallet, 0)}
                    </td>
                    <td data-label={t('priorities.col.warnings')}>{row.warnings.length === 0 ? '—' : row.warnings.map((rule) => t(`priorities.warning.${rule}`)).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <div className="cb-priorities-pager">
            <button type="button" className="button" disabled={list.page === 0} onClick={() => onPage(list.page - 1)}>
              {t('priorities.list.previous')}
            </button>
            <span>{t('priorities.list.pages', { from: format.integer(from + 1), to: format.integer(Math.min(list.total, from + PRIORITY_PAGE_SIZE)), total: format.integer(list.total) })}</span>
            <button type="button" className="button" disabled={list.page + 1 >= list.pages} onClick={() => onPage(list.page + 1)}>
              {t('priorities.list.next')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
