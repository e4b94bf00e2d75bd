import { useId } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { dataMessages } from '../../messages/data';
import type { SegmentationNames } from '../../content/names';
import type { CriterionAvailability } from './dataFigures';

/** Which criteria the files allow: each one, where it comes from, and "ready" or the column it needs. */
export function CriteriaTable({ rows, names }: { rows: readonly CriterionAvailability[]; names: SegmentationNames }) {
  const t = useMessages(dataMessages);
  const headingId = useId();
  const ready = rows.filter((row) => row.ready).length;
  return (
    <section className="step-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('criteria.title')}</h3>
      <p className="explain">{t('criteria.about')}</p>
      <p className="finding">{t('criteria.readyCount', { ready, total: rows.length })}</p>
      <ScrollBox label={t('criteria.caption')}>
        <table className="table-cards sg-data-criteria" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('criteria.criterion')}</th>
              <th scope="col">{t('criteria.from')}</th>
              <th scope="col">{t('criteria.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={row.ready ? 'sg-data-criteria__ready' : 'sg-data-criteria__missing'}>
                <th scope="row">{names.criterion(row.id)}</th>
                <td data-label={t('criteria.from')}>{t(`from.${row.source}`)}</td>
                <td data-label={t('criteria.status')}>
                  {row.ready ? (
                    <>
                      <span className="sg-data-criteria__mark">{t('status.ready', { count: row.values })}</span>
                      {row.notGiven > 0 ? <span className="sg-data-criteria__note">{t('status.notGiven', { count: row.notGiven })}</span> : null}
                    </>
                  ) : (
                    names.missing(row.missing)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
