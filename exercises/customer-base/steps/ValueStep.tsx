import { CUSTOMER_BASE_EXERCISE_ID } from '../inputs';
import { useId, useState } from 'react';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import { Reading } from '../../../src/ui/Reading';
import type { StepProps } from '../../../src/workbook/contract';
import type { ValueTableRequest } from '../analysis/valueAnalysis';
import { sharedMessages } from '../../../src/customers/originMessages';
import { valueMessages } from '../messages/value';
import { valueModelMessages } from '../messages/valueModel';
import type { CustomerBaseState } from '../state';
import { SalesOriginNote } from '../../../src/customers/SalesOriginNote';
import { ClvCalculator } from './value/ClvCalculator';
import { CustomerTable } from './value/CustomerTable';
import { HoldoutCheck } from './value/HoldoutChart';
import { ModelBlock, ModelSettings } from './value/ModelBlock';
import { useValue } from './value/useValue';
import { valueReading } from './value/valueReading';
import './value/value.css';
import { Pending } from '../../../src/ui/Pending';

const FIRST_PAGE: ValueTableRequest = { page: 0, sort: 'expectedValue', descending: true };

/**
 * Step 4 "Customer value": the reading; the simple CLV with its settings and limits; BG/NBD and Gamma-Gamma fitted
 * in a worker (parameters, log-likelihood, expected purchases and value, P(alive)); the hold-out check; a paged
 * per-customer table. When the model cannot be fitted, it says so and the simple CLV stands.
 */
export default function ValueStep({ state, update, presenter }: StepProps<CustomerBaseState>) {
  const t = useMessages(valueMessages);
  const tm = useMessages(valueModelMessages);
  const shared = useMessages(sharedMessages);
  const format = useFormat();
  const modelTitle = useId();
  const [table, setTable] = useState<ValueTableRequest>(FIRST_PAGE);
  const { origin, view } = useValue(state, table);
  const result = view.kind === 'ready' ? view.result : null;
  // A page of the table or a new horizon comes back at once: only a refit, which reports progress, is said.
  const fraction = view.kind === 'loading' ? view.fraction : view.kind === 'ready' && view.fraction !== null && view.fraction > 0 ? view.fraction : null;
  return (
    <>
      {result ? (
        <Reading
          reading={valueReading(result, t, {
            money: (value) => format.money(value),
            percent: (share) => format.percent(share),
            integer: format.integer,
            signedPercent: (share) => format.signedPercent(share),
          })}
        />
      ) : null}
      <SalesOriginNote
        exerciseId={CUSTOMER_BASE_EXERCISE_ID}
        origin={origin}
        business={state.demoBusiness}
        problem={view.kind === 'problem' ? view.problem : null}
        onUseDemo={() => update((current) => ({ ...current, useDemoData: true }))}
      />
      {view.kind === 'failed' ? (
        <Callout tone="danger">
          <p>{t('value.failed', { message: view.message })}</p>
        </Callout>
      ) : null}
      {fraction !== null ? (
        <Pending className="note cb-value-progress">
          {view.kind === 'loading' && fraction === 0 ? shared('origin.loading') : t('value.fitting', { percent: format.percent(fraction, 0) })}
        </Pending>
      ) : null}
      {presenter ? null : <p className="explain">{t('value.intro')}</p>}
      {view.kind === 'none' ? null : <ClvCalculator state={state} update={update} figures={result?.simple ?? null} />}
      {view.kind === 'none' ? null : (
        <section className="step-section" aria-labelledby={modelTitle}>
          <h3 id={modelTitle}>{tm('value.model.title')}</h3>
          {presenter ? null : <p className="explain">{tm('value.model.explain')}</p>}
          <ModelSettings state={state} update={update} />
          {result ? <ModelBlock model={result.model} presenter={presenter} /> : null}
        </section>
      )}
      {result && result.model.status !== 'tooFew' ? <HoldoutCheck holdout={result.holdout} presenter={presenter} /> : null}
      {result ? <CustomerTable table={result.table} fitted={result.model.status === 'fitted'} request={table} onChange={setTable} /> : null}
    </>
  );
}
