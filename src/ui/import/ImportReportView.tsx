import { useId } from 'react';
import { useFormat, useLocale, useMessages } from '../../i18n/useI18n';
import type { Translate } from '../../i18n/translate';
import type { ColumnSpec, DatasetSpec } from '../../data/spec';
import type { ImportReport, ProblemCount } from '../../data/import/types';
import { Metric, MetricGrid } from '../Metric';
import { importMessages, type ImportMessageKey } from './messages';
import { cellReasonText, columnLabel } from './wording';
import { headingTag } from './headingLevel';
import { ScrollBox } from '../ScrollBox';

/** Kinds of problem shown at once; the rest wait behind "more", so a bad file never floods the screen. */
const SHOWN_GROUPS = 10;
/** Row numbers of template example rows named in the report. */
const SHOWN_EXAMPLE_ROWS = 10;

/** What became of the rows or the values: a required column's problem drops the row, any other only the value. */
function outcomeText(t: Translate<ImportMessageKey>, entry: ProblemCount, column: ColumnSpec | undefined): string {
  if (entry.code === 'tooLong') return t('report.outcomeCut');
  if (entry.code === 'notAMark') return t('report.outcomeNotBought');
  return column?.required ? t('report.outcomeSkipped') : t('report.outcomeLeftOut');
}

/**
 * What the import found, before anything is stored: the figures, then the problems by column and kind (how
 * many, a few of the cells with their rows, the reason, what became of them), never one line per cell.
 * `attention`: the warnings above need reading (health.ts), so the figures do not look all clear.
 */
export function ImportReportView({ spec, report, headingLevel, attention = false }: { spec: DatasetSpec; report: ImportReport; headingLevel: number; attention?: boolean }) {
  const t = useMessages(importMessages);
  const Heading = headingTag(headingLevel);
  const locale = useLocale();
  const format = useFormat();
  const problemsId = useId();
  const total = report.problemCounts.reduce((sum, entry) => sum + entry.count, 0);
  const columnOf = (key: string) => spec.columns.find((column) => column.key === key);
  const checkedIn = (key: string) => report.columnHealth.find((health) => health.column === key)?.checked ?? 0;
  const groups = [...report.problemCounts].sort((a, b) => b.count - a.count);

  const groupRow = (entry: ProblemCount) => (
    <tr key={`${entry.code}-${entry.column}`}>
      <th scope="row">{columnLabel(spec, entry.column, locale)}</th>
      <td>{cellReasonText(t, entry.code, columnOf(entry.column))}</td>
      <td className="number dataset-import__count">{t('report.countOf', { count: entry.count, checked: Math.max(checkedIn(entry.column), entry.count) })}</td>
      <td className="dataset-import__value">
        {entry.examples.map((example) => t('report.exampleCell', { row: example.row, value: example.value === '' ? t('report.empty') : example.value })).join('; ')}
      </td>
      <td>{outcomeText(t, entry, columnOf(entry.column))}</td>
    </tr>
  );

  const groupTable = (entries: readonly ProblemCount[]) => (
    <ScrollBox label={t('report.problemsTitle')} className="dataset-import__problems">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('report.column')}</th>
            <th scope="col">{t('report.reason')}</th>
            <th scope="col" className="number dataset-import__count">
              {t('report.count')}
            </th>
            <th scope="col">{t('report.examples')}</th>
            <th scope="col">{t('report.outcome')}</th>
          </tr>
        </thead>
        <tbody>{entries.map(groupRow)}</tbody>
      </table>
    </ScrollBox>
  );

  return (
    <div className="dataset-import__report">
      <MetricGrid label={t('report.title')}>
        <Metric label={t('report.rowsRead')} value={format.integer(report.rowsRead)} />
        {/* Not green while a warning above waits to be read: the rows are in, but they may not mean what they should. */}
        <Metric label={t('report.rowsImported')} value={format.integer(report.rowsImported)} tone={report.rowsImported === 0 ? 'bad' : attention ? 'neutral' : 'good'} />
        <Metric label={t('report.rowsSkipped')} value={format.integer(report.rowsSkipped)} tone={report.rowsSkipped > 0 ? 'bad' : 'neutral'} />
      </MetricGrid>
      {report.blankRowsIgnored > 0 ? <p>{t('report.blankRows', { count: report.blankRowsIgnored })}</p> : null}
      {report.exampleRowCount > 0 ? (
        <p>
          {t('report.exampleRows', {
            count: report.exampleRowCount,
            rows: report.exampleRows.slice(0, SHOWN_EXAMPLE_ROWS).join(', ') + (report.exampleRowCount > SHOWN_EXAMPLE_ROWS ? '…' : ''),
          })}
        </p>
      ) : null}
      {total === 0 ? <p>{t('report.clean')}</p> : null}

      {groups.length > 0 ? (
        <section aria-labelledby={problemsId}>
          <Heading id={problemsId} className="dataset-import__heading">
            {t('report.problemsTitle')}
          </Heading>
          <p>{t('report.problemsCount', { count: total })}</p>
          {groupTable(groups.slice(0, SHOWN_GROUPS))}
          {groups.length > SHOWN_GROUPS ? (
            <details className="dataset-import__more">
              <summary>{t('report.moreGroups', { count: groups.length - SHOWN_GROUPS })}</summary>
              {groupTable(groups.slice(SHOWN_GROUPS))}
            </details>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
