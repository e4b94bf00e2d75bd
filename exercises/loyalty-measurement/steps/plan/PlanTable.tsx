import { useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { StepProps } from '../../../../src/workbook/contract';
import { withEntryChange, withoutMetric } from '../../model/plan';
import { withPlan } from '../../model/surveyQuestions';
import type { LoyaltyState } from '../../state';
import { planMessages } from '../../messages/plan';
import { PlanRow } from './PlanRow';
import { PLAN_COLUMNS, SCREEN_COLUMNS } from './columns';

/** The column headings of the plan on paper, a field a column. */
export function PlanHead() {
  const t = useMessages(planMessages);
  return (
    <thead>
      <tr>
        {PLAN_COLUMNS.map((column) => (
          <th key={column} scope="col">
            {t(`plan.${column}`)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * The plan as boxes to fill in, a metric a row, its fields stacked two to a column so that the boxes keep room for
 * words on a laptop; on a phone each metric is a card (table-cards).
 */
export function PlanTable({ state, update, locale }: Pick<StepProps<LoyaltyState>, 'state' | 'update'> & { locale: Locale }) {
  const t = useMessages(planMessages);
  return (
    <ScrollBox label={t('plan.tableTitle')}>
      <table className="lm-plan table-cards">
        <caption className="visually-hidden">{t('plan.tableTitle')}</caption>
        <colgroup>
          {SCREEN_COLUMNS.map((column) => (
            <col key={column} className={`lm-plan__col-${column}`} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {SCREEN_COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`plan.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        {state.plan.map((entry) => (
          <PlanRow
            key={entry.metric}
            entry={entry}
            business={state.business}
            locale={locale}
            onChange={(patch) => update((current) => ({ ...current, plan: withEntryChange(current.plan, entry.metric, patch) }))}
            onRemove={() => update((current) => withPlan(current, withoutMetric(current.plan, entry.metric)))}
          />
        ))}
      </table>
    </ScrollBox>
  );
}
