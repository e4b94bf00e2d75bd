import type { Formatters } from '../../../../src/i18n/format';
import type { Translate } from '../../../../src/i18n/translate';
import type { ReadingText } from '../../../../src/ui/Reading';
import type { PrioritiesResult } from '../../analysis/prioritiesAnalysis';
import type { PrioritiesMessageKey } from '../../messages/priorities';

type Ready = Extract<PrioritiesResult, { kind: 'ready' }>;

/**
 * What step 7 says first: which direction carries the most revenue, then the urgent ones (customers to win back,
 * to invest in, to review), and the next step: write the actions down and take the table to the CRM.
 */
export function prioritiesReading(result: Ready, t: Translate<PrioritiesMessageKey>, format: Formatters): ReadingText {
  const by = (direction: Ready['summary'][number]['direction']) => result.summary.find((row) => row.direction === direction);
  const lead = [...result.summary].sort((a, b) => b.revenueAtStake - a.revenueAtStake)[0];
  const sentences: string[] = [];
  if (lead && lead.customers > 0) {
    sentences.push(
      t('priorities.reading.lead', {
        customers: format.integer(result.customers),
        share: format.percent(lead.shareOfRevenue, 0),
        atStake: format.money(lead.revenueAtStake),
        direction: t(`priorities.direction.${lead.direction}`),
      }),
    );
  }
  // The lead direction's figures are said once: its own sentence below only for the others.
  const urgent = (row: Ready['summary'][number] | undefined) => row !== undefined && row.customers > 0 && row.direction !== lead?.direction;
  const winBack = by('winBack');
  if (urgent(winBack) && winBack) sentences.push(t('priorities.reading.winBack', { count: format.integer(winBack.customers), atStake: format.money(winBack.revenueAtStake) }));
  const invest = by('invest');
  if (urgent(invest) && invest) sentences.push(t('priorities.reading.invest', { count: format.integer(invest.customers), atStake: format.money(invest.revenueAtStake) }));
  const stop = by('stop');
  if (stop && stop.customers > 0) sentences.push(t('priorities.reading.stop', { count: format.integer(stop.customers) }));
  sentences.push(t('priorities.reading.actions'));
  return { sentences, caution: null };
}
