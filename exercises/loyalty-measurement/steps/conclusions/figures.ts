import type { Formatters } from '../../../../src/i18n/format';
import type { FollowUpFigure } from '../../model/followUp';

/** A follow-up figure as the screen and the export write it: shares as %, NPS in points, money in the currency. */
export function formatFigure(figure: FollowUpFigure, value: number | null, format: Formatters): string {
  if (value === null) return '—';
  switch (figure) {
    case 'nps':
      return format.number(value, 1);
    case 'csat':
    case 'repeatRate':
    case 'retention':
    case 'cohortRetention':
      return format.percent(value, 1);
    case 'ces':
    case 'frequency':
      return format.fixed(value, 2);
    case 'averageCheck':
      return format.money(value);
    case 'customers':
      return format.integer(value);
  }
}

/** A change in the figure's own unit, signed with "−" as everywhere: shares move in percentage points. */
export function formatChange(figure: FollowUpFigure, change: number | null, format: Formatters, points: string): string {
  if (change === null) return '—';
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  const size = Math.abs(change);
  switch (figure) {
    case 'csat':
    case 'repeatRate':
    case 'retention':
    case 'cohortRetention':
      return `${sign}${format.number(size * 100, 1)} ${points}`;
    case 'averageCheck':
      return `${sign}${format.money(size)}`;
    case 'customers':
      return `${sign}${format.integer(size)}`;
    case 'nps':
      return `${sign}${format.number(size, 1)}`;
    case 'ces':
    case 'frequency':
      return `${sign}${format.fixed(size, 2)}`;
  }
}
