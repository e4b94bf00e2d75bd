import { useId } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { Field } from '../../../../src/ui/Field';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import type { StepProps } from '../../../../src/workbook/contract';
import { numberCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import type { ModelFigures } from '../../analysis/valueAnalysis';
import { MIN_REPEAT_CUSTOMERS } from '../../analysis/valueModel';
import { CUSTOMER_BASE_EXERCISE_ID } from '../../inputs';
import { valueModelMessages } from '../../messages/valueModel';
import type { CustomerBaseState, ValueSettings } from '../../state';
import { AliveChart } from './AliveChart';

type ModelFields = Pick<ValueSettings, 'horizonMonths' | 'holdoutMonths'>;

const modelCodecs = {
  horizonMonths: numberCodec({ min: 1, max: 60, integer: true }),
  holdoutMonths: numberCodec({ min: 1, max: 24, integer: true }),
};

/** The horizon and hold-out settings, then the fitted BG/NBD and Gamma-Gamma: parameters, log-likelihood, convergence, totals, P(alive). */
export function ModelSettings({ state, update }: Pick<StepProps<CustomerBaseState>, 'state' | 'update'>) {
  const t = useMessages(valueModelMessages);
  const { horizonMonths, holdoutMonths } = state.value;
  const form = useAutosaveForm<ModelFields>({
    exerciseId: CUSTOMER_BASE_EXERCISE_ID,
    formId: 'value.model',
    codecs: modelCodecs,
    values: { horizonMonths, holdoutMonths },
    onValidChange: (patch) => update((current) => ({ ...current, value: { ...current.value, ...patch } })),
  });
  return (
    <fieldset className="fieldset">
      <legend>{t('value.model.settings')}</legend>
      <div className="fields">
        <Field form={form} name="horizonMonths" label={t('value.model.horizon')} hint={t('value.model.horizonHint')} suffix={t('value.model.months')} />
        <Field form={form} name="holdoutMonths" label={t('value.model.holdout')} hint={t('value.model.holdoutHint')} suffix={t('value.model.months')} />
      </div>
    </fieldset>
  );
}

export function ModelBlock({ model, presenter }: { model: ModelFigures; presenter: boolean }) {
  const t = useMessages(valueModelMessages);
  const format = useFormat();
  const id = useId();
  const fitted = model.status === 'fitted';
  const bgnbd = model.bgnbd;
  const gg = model.gammaGamma;
  return (
    <div className="cb-value-model">
      {model.status === 'tooFew' ? (
        <Callout tone="warning">
          <p>{t('value.model.tooFew', { count: format.integer(model.repeatCustomers), min: format.integer(MIN_REPEAT_CUSTOMERS) })}</p>
        </Callout>
      ) : null}
      {model.status === 'notConverged' && bgnbd ? (
        <Callout tone="warning">
          <p>{t('value.model.notConverged', { iterations: format.integer(bgnbd.iterations) })}</p>
        </Callout>
      ) : null}
      {fitted && bgnbd && model.expectedPurchases !== null && model.expectedValue !== null ? (
        <>
          <MetricGrid label={t('value.model.title')}>
            <Metric label={t('value.model.value')} value={format.money(model.expectedValue)} note={t('value.model.valueNote', { rate: format.percent(model.marginRate) })} tone="good" />
            <Metric label={t('value.model.purchases', { months: format.integer(model.horizonMonths) })} value={format.integer(model.expectedPurchases)} note={t('value.model.purchasesNote', { customers: format.integer(model.customers) })} />
            {model.averageOrderValue !== null ? (
              <Metric label={t('value.model.order')} value={format.money(model.averageOrderValue)} note={t(gg?.converged ? 'value.model.orderNote.gg' : 'value.model.orderNote.own')} />
            ) : null}
            <Metric label={t('value.model.ll')} value={format.number(bgnbd.logLikelihood, 1)} note={t('value.model.llNote')} />
          </MetricGrid>
          <p className="note">{t('value.model.discount', { factor: format.number(model.discountFactor, 3) })}</p>
        </>
      ) : null}
      {bgnbd && model.status !== 'tooFew' ? (
        <section aria-labelledby={`${id}-parameters`}>
          <h4 id={`${id}-parameters`}>{t('value.model.parameters')}</h4>
          <dl className="cb-value-parameters">
            {(['r', 'alpha', 'a', 'b'] as const).map((key) => (
              <div key={key}>
                <dt>{key === 'alpha' ? 'α' : key}</dt>
                <dd>{format.number(bgnbd.params[key], 3)}</dd>
              </div>
            ))}
          </dl>
          <ul className="explain">
            <li>{t('value.model.param.r', { rate: format.number(bgnbd.params.r / bgnbd.params.alpha, 3) })}</li>
            <li>{t('value.model.param.ab', { share: format.percent(bgnbd.params.a / (bgnbd.params.a + bgnbd.params.b)) })}</li>
          </ul>
          {fitted ? (
            <p className="note">
              {t('value.model.converged', { iterations: format.integer(bgnbd.iterations), ms: format.integer(model.fitMs), groups: format.integer(model.groups), customers: format.integer(model.customers) })}
            </p>
          ) : null}
          {fitted && gg ? (
            gg.converged ? (
              <p className="note">
                {t('value.model.gg', { p: format.number(gg.params.p, 3), q: format.number(gg.params.q, 3), gamma: format.number(gg.params.gamma, 2), ll: format.number(gg.logLikelihood, 1), customers: format.integer(gg.customers) })}
              </p>
            ) : (
              <p className="note">{t('value.model.ggNotConverged')}</p>
            )
          ) : null}
          {fitted && gg && Number.isFinite(gg.correlation) ? <p className="note">{t('value.model.correlation', { value: format.number(gg.correlation, 2) })}</p> : null}
        </section>
      ) : null}
      {fitted ? (
        <>
          <AliveChart histogram={model.aliveHistogram} presenter={presenter} />
          {model.singlePurchase > 0 ? <p className="note">{t('value.model.singles', { count: format.integer(model.singlePurchase) })}</p> : null}
        </>
      ) : null}
    </div>
  );
}
