import { useId } from 'react';
import { isOneOf } from '../../../../src/data/oneOf';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import type { StepProps } from '../../../../src/workbook/contract';
import { numberCodec, optionalNumberCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import type { SimpleClvFigures } from '../../analysis/valueAnalysis';
import { CUSTOMER_BASE_EXERCISE_ID } from '../../inputs';
import { valueMessages } from '../../messages/value';
import { CLV_PERIODS, type CustomerBaseState, type ValueSettings } from '../../state';

type ClvFields = Pick<ValueSettings, 'retention' | 'discountRate' | 'assumedMargin'>;

// Module level: the autosave hook keys its effects on the codecs' identity. Percent points as state.ts keeps them.
const clvCodecs = {
  retention: optionalNumberCodec({ min: 0, max: 100 }),
  discountRate: numberCodec({ min: 0, max: 100 }),
  assumedMargin: numberCodec({ min: 0, max: 100 }),
};

const LIMITS = ['constant', 'average', 'acquisition', 'contract'] as const;

/** The simple CLV: its settings, its figures with where each comes from, and the limits of the formula. */
export function ClvCalculator({ state, update, figures }: Pick<StepProps<CustomerBaseState>, 'state' | 'update'> & { figures: SimpleClvFigures | null }) {
  const t = useMessages(valueMessages);
  const format = useFormat();
  const id = useId();
  const { retention, discountRate, assumedMargin, period } = state.value;
  const form = useAutosaveForm<ClvFields>({
    exerciseId: CUSTOMER_BASE_EXERCISE_ID,
    formId: 'value.clv',
    codecs: clvCodecs,
    values: { retention, discountRate, assumedMargin },
    onValidChange: (patch) => update((current) => ({ ...current, value: { ...current.value, ...patch } })),
  });
  const periodName = t(`value.clv.period.${period}`);
  const money = (value: number) => (Number.isFinite(value) ? format.money(value) : t('value.clv.infinite'));
  return (
    <section className="step-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('value.clv.title')}</h3>
      <p className="explain">{t('value.clv.explain')}</p>
      <fieldset className="fieldset">
        <legend>{t('value.clv.settings')}</legend>
        <div className="fields">
          <div className="field">
            <label htmlFor={`${id}-period`} className="field__label">
              {t('value.clv.period')}
            </label>
            <select
              id={`${id}-period`}
              value={period}
              onChange={(event) => {
                const next = event.target.value;
                if (isOneOf(CLV_PERIODS, next)) update((current) => ({ ...current, value: { ...current.value, period: next } }));
              }}
            >
              {CLV_PERIODS.map((option) => (
                <option key={option} value={option}>
                  {t(`value.clv.period.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <Field form={form} name="retention" label={t('value.clv.retention')} hint={t('value.clv.retentionHint')} suffix="%" />
          <Field form={form} name="discountRate" label={t('value.clv.discountRate')} hint={t('value.clv.discountRateHint')} suffix="%" />
          {figures && figures.marginFromCost ? null : <Field form={form} name="assumedMargin" label={t('value.clv.assumedMargin')} hint={t('value.clv.assumedMarginHint')} suffix="%" />}
        </div>
        {figures?.marginFromCost ? <p className="note">{t('value.clv.marginFromCost', { rate: format.percent(figures.marginRate) })}</p> : null}
      </fieldset>
      {figures ? (
        <>
          {figures.retention.rate === null ? (
            <p className="finding cb-value-warning" role="status">
              {t('value.clv.noRetention', { period: periodName })}
            </p>
          ) : null}
          <MetricGrid label={t('value.clv.title')}>
            {figures.clv !== null && figures.totalClv !== null ? (
              <Metric label={t('value.clv.value')} value={money(figures.clv)} note={t('value.clv.valueNote', { customers: format.integer(figures.customers), total: money(figures.totalClv) })} tone="good" />
            ) : null}
            <Metric label={t('value.clv.margin', { period: periodName })} value={format.money(figures.marginPerPeriod)} note={t('value.clv.marginNote', { months: format.integer(figures.windowMonths) })} />
            {figures.retention.rate !== null ? (
              <Metric
                label={t('value.clv.retentionValue', { period: periodName })}
                value={format.percent(figures.retention.rate)}
                note={
                  figures.retention.typed
                    ? t('value.clv.retentionTyped')
                    : t('value.clv.retentionMeasured', {
                        active: format.integer(figures.retention.measured.active),
                        retained: format.integer(figures.retention.measured.retained),
                        periods: format.integer(figures.retention.measured.periods),
                      })
                }
              />
            ) : null}
            <Metric label={t('value.clv.discount', { period: periodName })} value={format.percent(figures.discountPerPeriod, 2)} note={t('value.clv.discountNote', { rate: format.percent(discountRate / 100) })} />
            {figures.lifetime !== null ? (
              <Metric
                label={t('value.clv.lifetime')}
                value={Number.isFinite(figures.lifetime) ? format.number(figures.lifetime, 1) : t('value.clv.infinite')}
                note={t('value.clv.lifetimeNote', { period: periodName })}
              />
            ) : null}
          </MetricGrid>
        </>
      ) : null}
      <h4>{t('value.clv.limits.title')}</h4>
      <ul className="explain cb-value-limits">
        {LIMITS.map((key) => (
          <li key={key}>{t(`value.clv.limits.${key}`)}</li>
        ))}
      </ul>
    </section>
  );
}
