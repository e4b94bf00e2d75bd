import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import type { SalesOverview } from '../../analysis/overviewAnalysis';
import { dataMessages } from '../../messages/data';
import { dayToIso } from '../../../../src/customers/sales';
import type { PeriodSettings } from '../../state';
import { periodIssues, type PeriodIssue } from './periodChecks';

interface Props {
  period: PeriodSettings;
  /** The figures of the sales read with the current period; null while there are none. */
  overview: SalesOverview | null;
}

/** What is wrong with the period for these sales (a date outside the data, a window too long or too short for XYZ), one callout each. */
export function PeriodIssues({ period, overview }: Props) {
  const t = useMessages(dataMessages);
  const format = useFormat();
  const day = (value: number) => format.date(dayToIso(value));
  const issues = overview === null ? [] : periodIssues(overview, period);
  const issueText = (issue: PeriodIssue): string => {
    switch (issue.kind) {
      case 'afterData':
        return t('data.period.afterData', { date: day(issue.analysisDay), last: day(issue.lastDay) });
      case 'beforeData':
        return t('data.period.beforeData', { date: day(issue.analysisDay), first: day(issue.firstDay) });
      case 'longerThanData':
        return t('data.period.longerThanData', { count: issue.dataMonths, window: issue.window, first: day(issue.firstDay) });
      case 'oneMonth':
        return t('data.period.oneMonth');
      case 'fewMonths':
        return t('data.period.fewMonths', { count: issue.months });
    }
  };
  return issues.map((issue) => (
    <Callout key={issue.kind} tone="warning">
      <p>{issueText(issue)}</p>
    </Callout>
  ));
}
