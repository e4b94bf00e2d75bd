import { useFormat, useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { planMessages } from '../../messages/plan';
import { budgetTotals } from '../../model/rating';
import type { EmotionalState } from '../../state';
import { useEmotionalNames } from '../shared/useNames';
import { monthNamer } from './wording';

/** The plan's budget by month (with its year) and by touchpoint, each with its total. */
export function BudgetTables({ state }: { state: EmotionalState }) {
  const t = useMessages(planMessages);
  const names = useEmotionalNames();
  const format = useFormat();
  const locale = useLocale();
  const monthName = monthNamer(locale);
  const totals = budgetTotals(state);
  const monthRows = [
    ...totals.byMonth.map(({ month, budget }) => ({ key: month, name: `${monthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`, budget })),
    ...(totals.undated > 0 || totals.byMonth.length === 0 ? [{ key: 'undated', name: t('budget.undated'), budget: totals.undated }] : []),
  ];
  const touchpointRows = totals.byTouchpoint.map(({ touchpointId, budget }) => {
    const index = state.touchpoints.findIndex((touchpoint) => touchpoint.id === touchpointId);
    const touchpoint = state.touchpoints[index];
    return { key: touchpointId ?? '', name: touchpoint ? names.touchpoint(touchpoint, index) : t('budget.lostTouchpoint'), budget };
  });
  return (
    <div className="el-plan-budget">
      <BudgetTable label={t('budget.month')} rows={monthRows} total={totals.total} money={format.money} totalLabel={t('budget.total')} amountLabel={t('budget.amount')} />
      <BudgetTable label={t('budget.touchpoint')} rows={touchpointRows} total={totals.total} money={format.money} totalLabel={t('budget.total')} amountLabel={t('budget.amount')} />
    </div>
  );
}

interface BudgetTableProps {
  label: string;
  rows: { key: string; name: string; budget: number }[];
  total: number;
  money: (value: number) => string;
  totalLabel: string;
  amountLabel: string;
}

function BudgetTable({ label, rows, total, money, totalLabel, amountLabel }: BudgetTableProps) {
  return (
    <ScrollBox label={label}>
      <table className="el-plan-budget__table">
        <thead>
          <tr>
            <th scope="col">{label}</th>
            <th scope="col" className="number">
              {amountLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td className="number">{money(row.budget)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{totalLabel}</th>
            <td className="number">{money(total)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollBox>
  );
}
