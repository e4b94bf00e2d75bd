import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { rfmMessages } from '../../messages/rfm';
import { isDefaultSegmentId, rfmSegmentMessages } from '../../../../src/customers/rfmSegmentNames';
import type { RfmSegmentRule } from '../../state';
import type { SegmentRow } from './segmentRows';

/** What to do with each default segment the rules still hold, in the rules' order, with its size. */
export function SegmentAdvice({ rules, rows }: { rules: readonly RfmSegmentRule[]; rows: readonly SegmentRow[] }) {
  const t = useMessages(rfmMessages);
  const ts = useMessages(rfmSegmentMessages);
  const format = useFormat();
  const entries = rows.flatMap((row) => {
    const id = rules[row.segment]?.id;
    return id !== undefined && isDefaultSegmentId(id) ? [{ row, id }] : [];
  });
  if (entries.length === 0) return null;
  return (
    <section className="cb-rfm-section" aria-labelledby="cb-rfm-advice-title">
      <h3 id="cb-rfm-advice-title">{t('rfm.advice.title')}</h3>
      <dl className="cb-rfm-advice">
        {entries.map(({ row, id }) => (
          <div key={id} className={row.customers === 0 ? 'cb-rfm-advice__item cb-rfm-advice__item--empty' : 'cb-rfm-advice__item'}>
            <dt>
              <strong>{row.name}</strong>{' '}
              <span className="cb-rfm-muted">
                {row.revenueShare === null
                  ? t('rfm.advice.size', { count: row.customers })
                  : t('rfm.advice.sizeRevenue', { count: row.customers, share: format.percent(row.revenueShare) })}
              </span>
            </dt>
            <dd>
              <span className="cb-rfm-advice__who">{ts(`segment.${id}.description`)}</span> {ts(`segment.${id}.advice`)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
