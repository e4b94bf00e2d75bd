import { useFormat, useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import { joinSentences } from '../../../../src/ui/Reading';
import type { StepProps } from '../../../../src/workbook/contract';
import { numberCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm, type AutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { CUSTOMER_BASE_EXERCISE_ID } from '../../inputs';
import { warningsMessages } from '../../messages/warnings';
import { WARNING_RULES, type RuleTotals, type WarningRule } from '../../model/warnings';
import type { CustomerBaseState, WarningSettings } from '../../state';
import { unavailableText } from './reasonText';

interface Parameters {
  k: number;
  recentMonths: number;
  dropPercent: number;
  planPercent: number;
  percentOfMargin: number;
}

// Module level: the autosave hook keys its effects on the codecs' identity. Limits follow state.ts.
const codecs = {
  k: numberCodec({ min: 1, max: 20 }),
  recentMonths: numberCodec({ unit: 'count', min: 1, max: 12, integer: true }),
  dropPercent: numberCodec({ min: 0, max: 100 }),
  planPercent: numberCodec({ min: 0, max: 100 }),
  percentOfMargin: numberCodec({ min: 0, max: 1000 }),
};

const parametersOf = (settings: WarningSettings): Parameters => ({
  k: settings.interval.k,
  recentMonths: settings.trend.recentMonths,
  dropPercent: settings.trend.dropPercent,
  planPercent: settings.plan.percent,
  percentOfMargin: settings.costToServe.percentOfMargin,
});

function withParameters(settings: WarningSettings, patch: Partial<Parameters>): WarningSettings {
  return {
    interval: { ...settings.interval, k: patch.k ?? settings.interval.k },
    trend: { ...settings.trend, recentMonths: patch.recentMonths ?? settings.trend.recentMonths, dropPercent: patch.dropPercent ?? settings.trend.dropPercent },
    plan: { ...settings.plan, percent: patch.planPercent ?? settings.plan.percent },
    debt: settings.debt,
    costToServe: { ...settings.costToServe, percentOfMargin: patch.percentOfMargin ?? settings.costToServe.percentOfMargin },
  };
}

type Props = Pick<StepProps<CustomerBaseState>, 'state' | 'update'> & {
  /** Each rule's totals from the analysis; null until the first result. */
  totals: Record<WarningRule, RuleTotals> | null;
  customers: number;
};

/** The five rules, each with its switch, its threshold, and what it finds (or why it cannot run). */
export function RuleSettings({ state, update, totals, customers }: Props) {
  const t = useMessages(warningsMessages);
  const change = (next: (settings: WarningSettings) => WarningSettings) => update((current) => ({ ...current, warnings: next(current.warnings) }));
  const form = useAutosaveForm<Parameters>({
    exerciseId: CUSTOMER_BASE_EXERCISE_ID,
    formId: 'warnings',
    codecs,
    values: parametersOf(state.warnings),
    onValidChange: (patch) => change((settings) => withParameters(settings, patch)),
  });
  return (
    <section className="cb-warnings-rules" aria-labelledby="cb-warnings-rules-title">
      <h3 id="cb-warnings-rules-title">{t('rules.title')}</h3>
      <p className="explain">{t('rules.intro')}</p>
      <ul className="cb-warnings-rule-list">
        {WARNING_RULES.map((rule) => (
          <RuleItem
            key={rule}
            rule={rule}
            on={state.warnings[rule].on}
            totals={totals?.[rule] ?? null}
            customers={customers}
            form={form}
            onToggle={(on) => change((settings) => ({ ...settings, [rule]: { ...settings[rule], on } }))}
          />
        ))}
      </ul>
    </section>
  );
}

function RuleItem({ rule, on, totals, customers, form, onToggle }: { rule: WarningRule; on: boolean; totals: RuleTotals | null; customers: number; form: AutosaveForm<Parameters>; onToggle: (on: boolean) => void }) {
  const t = useMessages(warningsMessages);
  const format = useFormat();
  const locale = useLocale();
  const unavailable = totals ? unavailableText(totals.availability, t, locale) : null;
  const hintId = `cb-warnings-${rule}-hint`;
  let status: string | null = null;
  if (totals && unavailable === null) {
    const found = on ? t('rule.flagged', { count: totals.flagged, money: format.money(totals.atStake) }) : t('rule.offWould', { count: totals.flagged });
    status = totals.judged < customers ? joinSentences([found, t('rule.judged', { judged: format.integer(totals.judged), customers: format.integer(customers) })]) : found;
  }
  return (
    <li className={`cb-warnings-rule${unavailable === null ? '' : ' cb-warnings-rule--unavailable'}`}>
      <label className="cb-warnings-rule__switch">
        <input type="checkbox" checked={on && unavailable === null} disabled={unavailable !== null} aria-describedby={hintId} onChange={(event) => onToggle(event.target.checked)} />
        <span className="cb-warnings-rule__name">{t(`rule.${rule}`)}</span>
      </label>
      <p id={hintId} className="field__hint">
        {t(`rule.${rule}.hint`)}
      </p>
      {unavailable === null ? <RuleParameters rule={rule} form={form} /> : null}
      {unavailable !== null ? <p className="cb-warnings-rule__unavailable">{unavailable}</p> : null}
      {status !== null ? <p className="cb-warnings-rule__status">{status}</p> : null}
    </li>
  );
}

function RuleParameters({ rule, form }: { rule: WarningRule; form: AutosaveForm<Parameters> }) {
  const t = useMessages(warningsMessages);
  if (rule === 'debt') return null;
  return (
    <div className="fields cb-warnings-rule__fields">
      {rule === 'interval' ? <Field form={form} name="k" label={t('rule.k')} suffix={t('rule.suffix.times')} /> : null}
      {rule === 'trend' ? (
        <>
          <Field form={form} name="recentMonths" label={t('rule.recentMonths')} suffix={t('rule.suffix.months')} />
          <Field form={form} name="dropPercent" label={t('rule.dropPercent')} suffix={t('rule.suffix.percent')} />
        </>
      ) : null}
      {rule === 'plan' ? <Field form={form} name="planPercent" label={t('rule.planPercent')} suffix={t('rule.suffix.percent')} /> : null}
      {rule === 'costToServe' ? <Field form={form} name="percentOfMargin" label={t('rule.percentOfMargin')} suffix={t('rule.suffix.percent')} /> : null}
    </div>
  );
}
