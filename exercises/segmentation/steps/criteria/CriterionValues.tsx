import { useId, useState } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { CriterionSummary } from '../../analysis/segmentationAnalysis';
import type { SegmentationNames } from '../../content/names';
import { criteriaMessages } from '../../messages/criteria';
import { NOT_GIVEN_KEY } from '../../model/criteria';
import type { CriterionId } from '../../state';
import { valueShares, type ValueShare } from './valueShares';

/** Labels beyond this many (a long list of managers or products) fold away behind a button, the largest shown first. */
export const SHOWN_LABELS = 8;

/** A share as a bar beside its percentage: the bar is decoration, the number is what is read. */
function ShareBar({ share, text, tone }: { share: number | null; text: string; tone: 'customers' | 'revenue' }) {
  const width = share === null ? 0 : Math.max(0, Math.min(1, share)) * 100;
  return (
    <span className="sg-criteria-share">
      <span className="sg-criteria-share__track" aria-hidden="true">
        <span className={`sg-criteria-share__bar sg-criteria-share__bar--${tone}`} style={{ width: `${width.toFixed(1)}%` }} />
      </span>
      <span className="sg-criteria-share__text">{text}</span>
    </span>
  );
}

/** Whether a list of values folds: only labels read from a file run long; classes and bands are few and ordered. */
const folds = (summary: Props['summary'], rows: readonly ValueShare[]) => summary.kind === 'label' && rows.length > SHOWN_LABELS + 1;

/** The values shown: all, or the largest labels with "not given" kept at the end. */
function shownValues(rows: readonly ValueShare[], all: boolean): ValueShare[] {
  if (all) return [...rows];
  const given = rows.filter((row) => row.key !== NOT_GIVEN_KEY);
  const notGiven = rows.filter((row) => row.key === NOT_GIVEN_KEY);
  return [...given.slice(0, SHOWN_LABELS), ...notGiven];
}

interface Props {
  criterion: CriterionId;
  summary: Extract<CriterionSummary, { ok: true }>;
  names: Pick<SegmentationNames, 'criterion' | 'value'>;
}

/** One chosen criterion's values: customers, their share and the revenue's share, revenue per customer; "not given" last. */
export function CriterionValues({ criterion, summary, names }: Props) {
  const t = useMessages(criteriaMessages);
  const format = useFormat();
  const captionId = useId();
  const [all, setAll] = useState(false);
  const rows = valueShares(summary.values);
  const shown = folds(summary, rows) ? shownValues(rows, all) : rows;
  const hidden = rows.length - shown.length;
  const name = names.criterion(criterion);
  return (
    <>
      <ScrollBox label={t('criteria.values.scroll', { criterion: name })}>
        <table className="table-cards sg-criteria-values" aria-labelledby={captionId}>
          <caption id={captionId} className="visually-hidden">
            {t('criteria.values.caption', { criterion: name })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('criteria.col.value')}</th>
              <th scope="col" className="number">{t('criteria.col.customers')}</th>
              <th scope="col">{t('criteria.col.customerShare')}</th>
              <th scope="col">{t('criteria.col.revenueShare')}</th>
              <th scope="col" className="number">{t('criteria.col.perCustomer')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.key} className={row.key === NOT_GIVEN_KEY ? 'sg-criteria-values__not-given' : undefined}>
                <th scope="row">{names.value(criterion, row.key, summary.bounds)}</th>
                <td className="number" data-label={t('criteria.col.customers')}>{format.integer(row.customers)}</td>
                <td data-label={t('criteria.col.customerShare')}>
                  <ShareBar share={row.customerShare} text={format.percent(row.customerShare)} tone="customers" />
                </td>
                <td data-label={t('criteria.col.revenueShare')}>
                  <ShareBar share={row.revenueShare} text={row.revenueShare === null ? '—' : format.percent(row.revenueShare)} tone="revenue" />
                </td>
                <td className="number" data-label={t('criteria.col.perCustomer')}>{row.perCustomer === null ? '—' : format.money(row.perCustomer)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {folds(summary, rows) ? (
        <button type="button" className="button sg-criteria-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('criteria.values.fewer') : t('criteria.values.more', { count: hidden })}
        </button>
      ) : null}
    </>
  );
}
