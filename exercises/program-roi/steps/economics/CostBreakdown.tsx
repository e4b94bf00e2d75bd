import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { ProgramResult } from '../../model';
import { roiMessages } from '../../messages';
import { ScrollBox } from '../../../../src/ui/ScrollBox';

/** Where the program's money goes: the rewards on "anyway" purchases are usually the largest line. */
export function CostBreakdown({ result, horizonMonths }: { result: ProgramResult; horizonMonths: number }) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const rows = [
    { key: 'rewardsIncremental', label: t('breakdown.rewardsIncremental'), amount: result.rewardCostIncremental },
    { key: 'rewardsBaseline', label: t('breakdown.rewardsBaseline'), amount: result.rewardCostBaseline },
    { key: 'fixed', label: t('breakdown.fixed'), amount: result.fixedCost },
    { key: 'members', label: t('breakdown.members'), amount: result.memberCost },
  ];
  return (
    <ScrollBox label={t('breakdown.title')}>
      <table className="roi-breakdown">
        <caption>{t('breakdown.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('breakdown.item')}</th>
            <th scope="col" className="number">
              {t('breakdown.amount', { horizon: t('results.horizon', { count: horizonMonths }) })}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="number">{format.money(row.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('breakdown.total')}</th>
            <td className="number">{format.money(result.programCost)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollBox>
  );
}
