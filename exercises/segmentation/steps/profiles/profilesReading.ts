import type { Translate } from '../../../../src/i18n/translate';
import { joinSentences, type ReadingText } from '../../../../src/ui/Reading';
import type { ProfilesMessageKey } from '../../messages/profiles';
import { halfPeriods } from './profileRows';
import type { ProfileRow } from './profileRows';

/** Segments smaller than this are left out of "the most" and "the least": a handful of customers moves by chance. */
export const MIN_COMPARED = 10;
/** Below this many customers in the whole base every comparison is a few people's doing. */
const FEW_CUSTOMERS = 50;

export interface ProfilesReadingWords {
  t: Translate<ProfilesMessageKey>;
  percent: (share: number) => string;
  signedPercent: (share: number) => string;
  /** A ratio such as 2.4 (times). */
  ratio: (value: number) => string;
  integer: (value: number) => string;
  date: (iso: string) => string;
}

const revenueIndex = (row: ProfileRow) => (row.metrics.customerShare > 0 ? row.metrics.revenueShare / row.metrics.customerShare : 0);

function extreme<T>(rows: readonly T[], value: (row: T) => number, pick: 'max' | 'min'): T | null {
  let best: T | null = null;
  for (const row of rows) if (best === null || (pick === 'max' ? value(row) > value(best) : value(row) < value(best))) best = row;
  return best;
}

/**
 * What the profiles say: which segment brings the most revenue for its size (revenue share ÷ customer share) and
 * which the least, which grows and which shrinks over the window's halves, which keeps its customers worst, and
 * what that suggests doing first.
 */
export function profilesReading(rows: readonly ProfileRow[], total: ProfileRow, window: { analysisDay: string; halfMonths: number }, words: ProfilesReadingWords): ReadingText {
  const { t, percent, signedPercent, ratio, integer, date } = words;
  if (total.totals.customers === 0) return { sentences: [], caution: null };
  const populated = rows.filter((row) => row.totals.customers > 0);
  const large = populated.filter((row) => row.totals.customers >= MIN_COMPARED);
  const compared = large.length > 0 ? large : populated;
  const sentences = [t('reading.size', { customers: integer(total.totals.customers), segments: integer(populated.length) })];
  const cautions: string[] = [];

  const top = total.totals.revenue > 0 && compared.length >= 2 ? extreme(compared, revenueIndex, 'max') : null;
  if (top) {
    const low = extreme(compared, revenueIndex, 'min');
    sentences.push(t('reading.value', { name: top.name, customerShare: percent(top.metrics.customerShare), revenueShare: percent(top.metrics.revenueShare), ratio: ratio(revenueIndex(top)) }));
    if (low && low !== top) sentences.push(t('reading.valueLow', { name: low.name, customerShare: percent(low.metrics.customerShare), revenueShare: percent(low.metrics.revenueShare) }));
  }

  const periods = halfPeriods(window.analysisDay, window.halfMonths);
  let leaking: ProfileRow | null = null;
  if (periods === null) {
    cautions.push(t('reading.noHalves'));
  } else {
    const growing = compared.filter((row) => row.metrics.growth !== null);
    const growth = (row: ProfileRow) => row.metrics.growth ?? 0;
    const best = extreme(growing, growth, 'max');
    const worst = extreme(growing, growth, 'min');
    if (best && worst) {
      sentences.push(t('reading.growth.period', { secondFrom: date(periods.second.from), secondTo: date(periods.second.to), firstFrom: date(periods.first.from), firstTo: date(periods.first.to) }));
      const whole = total.metrics.growth === null ? '—' : signedPercent(total.metrics.growth);
      sentences.push(growth(best) > 0 ? t('reading.growth.best', { name: best.name, growth: signedPercent(growth(best)), total: whole }) : t('reading.growth.noneUp', { total: whole }));
      if (worst !== best && growth(worst) < 0) sentences.push(t('reading.growth.worst', { name: worst.name, growth: signedPercent(growth(worst)) }));
    }
    const kept = compared.filter((row) => row.metrics.retention !== null);
    leaking = kept.length >= 2 ? extreme(kept, (row) => row.metrics.retention ?? 0, 'min') : null;
    if (leaking) {
      sentences.push(t('reading.retention', { name: leaking.name, retention: percent(leaking.metrics.retention ?? 0), total: total.metrics.retention === null ? '—' : percent(total.metrics.retention) }));
    }
  }

  // "Faster than the base": a valuable segment shrinking less than everyone else is no alarm of its own.
  const below = (value: number | null, base: number | null) => value !== null && (base === null || value < base);
  const topSlipping = top !== null && ((below(top.metrics.growth, total.metrics.growth) && (top.metrics.growth ?? 0) < 0) || (total.metrics.retention !== null && below(top.metrics.retention, total.metrics.retention)));
  if (top && topSlipping) sentences.push(t('reading.next.protect', { name: top.name }));
  else if (leaking && leaking !== top && revenueIndex(leaking) >= 1) sentences.push(t('reading.next.winBack', { name: leaking.name }));
  else sentences.push(t('reading.next.general'));

  if (large.length > 0 && large.length < populated.length) cautions.push(t('reading.small', { min: integer(MIN_COMPARED) }));
  if (total.totals.customers < FEW_CUSTOMERS) cautions.push(t('reading.few', { customers: integer(total.totals.customers) }));
  return { sentences, caution: cautions.length > 0 ? joinSentences(cautions) : null };
}
