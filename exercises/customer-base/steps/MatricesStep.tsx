import { CUSTOMER_BASE_EXERCISE_ID } from '../inputs';
import { useState } from 'react';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import type { StepProps } from '../../../src/workbook/contract';
import type { MatrixListRequest } from '../analysis/matricesAnalysis';
import { MATRIX_KINDS } from '../model/matrices';
import { matricesMessages } from '../messages/matrices';
import type { CustomerBaseState } from '../state';
import { LinesForm } from './matrices/LinesForm';
import { MatrixSection } from './matrices/MatrixSection';
import { matricesReading } from './matrices/matricesReading';
import { useMatrices } from './matrices/useMatrices';
import { SalesStepStatus } from '../../../src/customers/SalesStepStatus';
import './matrices/matrices.css';

/** Step 5 "Matrices": profit × potential, revenue × size and Reinartz & Kumar, each with its lines, chart, groups and their customers. */
export default function MatricesStep({ state, update, presenter }: StepProps<CustomerBaseState>) {
  const t = useMessages(matricesMessages);
  const format = useFormat();
  const [list, setList] = useState<MatrixListRequest | null>(null);
  const { origin, view } = useMatrices(state, list);
  const result = view.kind === 'ready' ? view.result : null;
  const onUseDemo = () => update((current) => ({ ...current, useDemoData: true }));
  const settings = result ? <LinesForm state={state} update={update} result={result} /> : null;
  return (
    <>
      {result ? <Reading reading={matricesReading(result, { t, percent: (share) => format.percent(share) })} /> : null}
      <p className="explain">{t('intro')}</p>
      <SalesStepStatus exerciseId={CUSTOMER_BASE_EXERCISE_ID} origin={origin} business={state.demoBusiness} view={view} failed={(message) => t('failed', { message })} onUseDemo={onUseDemo} />
      {result ? (
        <>
          {result.basis === 'revenue' ? <p className="note">{t('basis.noProfit')}</p> : null}
          {presenter ? null : settings}
          {MATRIX_KINDS.map((kind) => (
            <MatrixSection
              key={kind}
              kind={kind}
              outcome={result.matrices[kind]}
              basis={result.basis}
              page={result.page?.matrix === kind ? result.page : null}
              fromDataStart={result.fromDataStart}
              onList={(next) => setList(next === null ? null : { matrix: kind, ...next })}
              presenter={presenter}
            />
          ))}
          {presenter ? settings : null}
        </>
      ) : null}
    </>
  );
}
