import { useId } from 'react';
import { useFormat, useLocale, useMessages } from '../../i18n/useI18n';
import type { DatasetSpec } from '../../data/spec';
import type { ImportReport } from '../../data/import/types';
import { Metric, MetricGrid } from '../Metric';
import { importMessages } from './messages';
import { cellReasonText, columnLabel } from './wording';
import { headingTag } from './headingLevel';
import { ScrollBox } from '../ScrollBox';

/** Beyond this many problems a count by reason and column says more than the list. */
const SUMMARY_FROM = 20;

/** What the import found, before anything is stored: the user accepts it or discards it. */
export function ImportReportView({ spec, report, headingLevel }: { spec: DatasetSpec; report: ImportReport; headingLevel: number }) {
  const t = useMessages(importMessages);
  const Heading = headingTag(headingLevel);
  const locale = useLocale();
  const format = useFormat();
  const problemsId = useId();
  const summaryId = useId();
  const total = report.problemCounts.reduce((sum, entry) => sum + entry.count, 0);
  const columnOf = (key: string) => spec.columns.find((column) => column.key === key);

  return (
    <div className="dataset-import__report">
      <MetricGrid label={t('report.title')}>
        <Metric label={t('report.rowsRead')} value={format.integer(report.rowsRead)} />
        <Metric label={t('report.rowsImported')} value={format.integer(report.rowsImported)} tone={report.rowsImported > 0 ? 'good' : 'bad'} />
        <Metric label={t('report.rowsSkipped')} value={format.integer(report.rowsSkipped)} tone={report.rowsSkipped > 0 ? 'bad' : 'neutral'} />
      </MetricGrid>
      {report.blankRowsIgnored > 0 ? <p>{t('report.blankRows', { count: report.blankRowsIgnored })}</p> : null}
      {total === 0 ? <p>{t('report.clean')}</p> : null}

      {report.problems.length > 0 ? (
        <section aria-labelledby={problemsId}>
          <Heading id={problemsId} className="dataset-import__heading">{t('report.problemsTitle')}</Heading>
          {total > report.problems.length ? <p>{t('report.listed', { shown: report.problems.length, total })}</p> : null}
          <ScrollBox label={t('report.problemsTitle')} className="dataset-import__problems">
            <table>
              <thead>
                <tr>
                  <th scope="col" className="number">
                    {t('report.row')}
                  </th>
                  <th scope="col">{t('report.column')}</th>
                  <th scope="col">{t('report.value')}</th>
                  <th scope="col">{t('report.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.problems.map((problem, index) => (
                  <tr key={`${problem.row}-${problem.column}-${index}`}>
                    <td className="number">{problem.row}</td>
                    <td>{columnLabel(spec, problem.column, locale)}</td>
                    <td className="dataset-import__value">{problem.value === '' ? t('report.empty') : problem.value}</td>
                    <td>
                      {cellReasonText(t, problem.code, columnOf(problem.column))}
                      {' — '}
                      {problem.skippedRow ? t('report.rowSkipped') : t('report.rowKept')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </section>
      ) : null}

      {total > SUMMARY_FROM || total > report.problems.length ? (
        <section aria-labelledby={summaryId}>
          <Heading id={summaryId} className="dataset-import__heading">{t('report.summaryTitle')}</Heading>
          <ScrollBox label={t('report.summaryTitle')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('report.reason')}</th>
                  <th scope="col">{t('report.column')}</th>
                  <th scope="col" className="number">
                    {t('report.count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...report.problemCounts]
                  .sort((a, b) => b.count - a.count)
                  .map((entry) => (
                    <tr key={`${entry.code}-${entry.column}`}>
                      <td>{cellReasonText(t, entry.code, columnOf(entry.column))}</td>
                      <td>{columnLabel(spec, entry.column, locale)}</td>
                      <td className="number">{format.integer(entry.count)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </ScrollBox>
        </section>
      ) : null}
    </div>
  );
}
