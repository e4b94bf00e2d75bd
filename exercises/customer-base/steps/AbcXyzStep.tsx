import { CUSTOMER_BASE_EXERCISE_ID } from '../inputs';
import { useState } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import { abcXyzMessages } from '../messages/abcXyz';
import type { CustomerBaseState } from '../state';
import { SalesStepStatus } from '../../../src/customers/SalesStepStatus';
import { abcXyzReading } from './abcXyz/abcXyzReading';
import { AbcXyzSettings } from './abcXyz/AbcXyzSettings';
import { AbcParetoChart } from './abcXyz/AbcParetoChart';
import { AbcSummaryTable } from './abcXyz/AbcSummaryTable';
import { XyzSummaryTable } from './abcXyz/XyzSummaryTable';
import { AbcXyzMatrixTable } from './abcXyz/AbcXyzMatrixTable';
import { CustomerPageList } from './abcXyz/CustomerPageList';
import { useAbcXyz, type ListChoice } from './abcXyz/useAbcXyz';
import './abcXyz/abcXyz.css';

const ALL_CUSTOMERS: ListChoice = { abc: null, xyz: null, page: 0 };

/**
 * Step 2 "Pareto and ABC/XYZ": who carries the business (the Pareto curve, ABC by revenue or profit), how evenly
 * they buy (XYZ), the 9-cell matrix with what each cell calls for, and the customers of a class or cell, a page at a time.
 */
export default function AbcXyzStep({ state, update, presenter }: StepProps<CustomerBaseState>) {
  const t = useMessages(abcXyzMessages);
  const format = useFormat();
  const [list, setList] = useState<ListChoice>(ALL_CUSTOMERS);
  const { origin, view, problems, shown } = useAbcXyz(state, list);
  const result = view.kind === 'ready' ? view.result : null;
  const percents = { a: format.number(shown.a, 2), b: format.number(shown.b, 2) };
  const showList = (choice: ListChoice) => {
    setList(choice);
    if (typeof document !== 'undefined') document.getElementById('cb-abc-list-title')?.scrollIntoView?.({ block: 'start' });
  };
  return (
    <>
      {result ? <Reading reading={abcXyzReading(result, { t, percent: (share) => format.percent(share), integer: format.integer })} /> : null}
      <SalesStepStatus exerciseId={CUSTOMER_BASE_EXERCISE_ID} origin={origin} business={state.demoBusiness} view={view} failed={(message) => t('abcXyz.failed', { message })} onUseDemo={() => update((current) => ({ ...current, useDemoData: true }))} />
      {result && !presenter ? <p className="explain">{t('abcXyz.intro', percents)}</p> : null}
      {result && result.customers > 0 ? (
        <>
          <AbcParetoChart curve={result.pareto} basis={result.basis} presenter={presenter} />
          <AbcXyzSettings state={state} update={update} problems={problems} shown={shown} profitUnavailable={result.profitUnavailable} />
          <div className="cb-abc-summaries">
            <AbcSummaryTable figures={result} />
            <XyzSummaryTable figures={result} settings={shown} />
          </div>
          <div className="explain cb-abc-rules">
            <p>{t('abcXyz.rules.abc', percents)}</p>
            <p>{t('abcXyz.rules.xyz')}</p>
          </div>
          {result.matrix ? <AbcXyzMatrixTable cells={result.matrix} settings={shown} selected={list} onSelect={(filter) => showList({ ...filter, page: 0 })} /> : null}
          <CustomerPageList
            // Without XYZ (a short window) a cell chosen before lists its whole ABC class, and the choice says so.
            choice={result.xyz.kind === 'ready' ? list : { ...list, xyz: null }}
            page={result.page}
            basis={result.basis}
            hasXyz={result.xyz.kind === 'ready'}
            onChange={setList}
          />
        </>
      ) : null}
    </>
  );
}
