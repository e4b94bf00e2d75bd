import { CUSTOMER_BASE_EXERCISE_ID } from '../inputs';
import { useState } from 'react';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import type { StepProps } from '../../../src/workbook/contract';
import { warningsMessages } from '../messages/warnings';
import { warningsListMessages } from '../messages/warningsList';
import type { WarningRule } from '../model/warnings';
import type { CustomerBaseState } from '../state';
import { SalesStepStatus } from '../../../src/customers/SalesStepStatus';
import { AtRiskList } from './warnings/AtRiskList';
import { RuleSettings } from './warnings/RuleSettings';
import { StageSummary } from './warnings/StageSummary';
import { useWarnings } from './warnings/useWarnings';
import { warningsReading } from './warnings/warningsReading';
import './warnings/warnings.css';

/** Step 6 "Life cycle and warnings": each customer's stage, the switchable warning rules, and the ranked at-risk list with its reasons. */
export default function WarningsStep({ state, update, presenter }: StepProps<CustomerBaseState>) {
  const t = useMessages(warningsMessages);
  const list = useMessages(warningsListMessages);
  const format = useFormat();
  const [filter, setFilter] = useState<{ rule: WarningRule | null; page: number }>({ rule: null, page: 0 });
  const { origin, view } = useWarnings(state, filter.rule, filter.page);
  const ready = view.kind === 'ready' ? view.result : null;
  const onUseDemo = () => update((current) => ({ ...current, useDemoData: true }));

  const settings = <RuleSettings state={state} update={update} totals={ready?.summary.rules ?? null} customers={ready?.summary.customers ?? 0} />;
  return (
    <>
      {ready ? <Reading reading={warningsReading(ready.summary, { t, list, format })} /> : null}
      <p className="explain">{t('warnings.intro')}</p>
      <p className="explain explain--detail">{t('warnings.introDetail')}</p>
      <SalesStepStatus exerciseId={CUSTOMER_BASE_EXERCISE_ID} origin={origin} business={state.demoBusiness} view={view} failed={(message) => t('warnings.failed', { message })} onUseDemo={onUseDemo} />
      {ready ? (
        <div className="cb-warnings" aria-busy={view.kind === 'ready' && view.updating}>
          <StageSummary summary={ready.summary} k={state.warnings.interval.k} presenter={presenter} />
          {presenter ? null : settings}
          <AtRiskList summary={ready.summary} list={ready.list} onRule={(rule) => setFilter({ rule, page: 0 })} onPage={(page) => setFilter((current) => ({ ...current, page }))} />
          {presenter ? settings : null}
        </div>
      ) : null}
    </>
  );
}
