import { useId, useMemo } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import { isOneOf } from '../../../../src/data/oneOf';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { optionalNumberCodec, textCodec } from '../../../../src/workbook/fieldCodecs';
import { METRIC_FACTS, metricTexts } from '../../content/catalogue';
import { missingData, planEntryProblems, type PlanProblem } from '../../model/plan';
import { MEASUREMENT_FREQUENCIES, type BusinessProfile, type PlanEntry } from '../../state';
import { LOYALTY_EXERCISE_ID } from '../../inputs';
import { planMessages, type PlanMessageKey } from '../../messages/plan';
import type { Translate } from '../../../../src/i18n/translate';
import { SuggestedText } from '../meaning/SuggestedText';
import { PlanNumber } from './PlanNumber';
import { unitSuffix } from './units';
import { SCREEN_COLUMNS } from './columns';

// Module level: the autosave hook keys its effects on the codecs' identity. Targets outside the metric's range are
// kept and pointed out (planEntryProblems), not refused: the participant may be mid-way through changing both.
const rowCodecs = {
  source: textCodec({ maxLength: 1000 }),
  method: textCodec({ maxLength: 2000 }),
  owner: textCodec({ maxLength: 300 }),
  target: optionalNumberCodec(),
  alarm: optionalNumberCodec(),
};

interface PlanRowProps {
  entry: PlanEntry;
  business: BusinessProfile;
  locale: Locale;
  onChange: (patch: Partial<Omit<PlanEntry, 'metric'>>) => void;
  onRemove: () => void;
}

/** One metric of the plan: its boxes autosave as typed; what contradicts the metric or step 1 is said under it. */
export function PlanRow({ entry, business, locale, onChange, onRemove }: PlanRowProps) {
  const t = useMessages(planMessages);
  const format = useFormat();
  const texts = metricTexts(entry.metric, locale);
  const facts = METRIC_FACTS[entry.metric];
  const suffix = unitSuffix(facts.unit, t, format.currency, locale);
  const values = useMemo(
    () => ({ source: entry.source, method: entry.method, owner: entry.owner, target: entry.target, alarm: entry.alarm }),
    [entry.source, entry.method, entry.owner, entry.target, entry.alarm],
  );
  const form = useAutosaveForm({ exerciseId: LOYALTY_EXERCISE_ID, formId: `plan.${entry.metric}`, codecs: rowCodecs, values, onValidChange: (patch) => onChange(patch) });
  // Seen: the field's name; heard: the metric too, since every row has the same fields.
  const label = (field: 'source' | 'method' | 'owner' | 'frequency' | 'target' | 'alarm') => (
    <>
      {t(`plan.${field}`)}
      <span className="visually-hidden">{t('plan.ofMetric', { metric: texts.name })}</span>
    </>
  );
  const frequencyId = useId();
  const problems = planEntryProblems(entry).map((problem) => problemText(problem, entry, t, format.number));
  const missing = missingData(entry.metric, business);
  if (missing.length > 0) problems.push(t('plan.needsData', { data: missing.map((need) => t(`need.${need}`)).join(', ') }));

  return (
    <tbody className="lm-plan__entry">
      <tr>
        <th scope="row" data-label={t('plan.metric')}>
          <span className="lm-plan__name">{texts.name}</span>
          <span className="lm-plan__direction note">{t(facts.direction === 'higher' ? 'plan.higherBetter' : 'plan.lowerBetter')}</span>
          <button type="button" className="button button--quiet lm-plan__remove" aria-label={t('plan.removeMetric', { metric: texts.name })} onClick={onRemove}>
            {t('plan.remove')}
          </button>
        </th>
        <td className="lm-plan__stack">
          <SuggestedText form={form} name="source" label={label('source')} suggestion={texts.source} markEmpty={false} />
          <SuggestedText form={form} name="method" label={label('method')} suggestion={texts.method} rows={3} markEmpty={false} />
        </td>
        <td className="lm-plan__stack">
          <div className="field">
            <label htmlFor={frequencyId} className="field__label">
              {label('frequency')}
            </label>
            <select
              id={frequencyId}
              value={entry.frequency ?? ''}
              onChange={(event) => onChange({ frequency: isOneOf(MEASUREMENT_FREQUENCIES, event.target.value) ? event.target.value : null })}
            >
              <option value="">{t('plan.noFrequency')}</option>
              {MEASUREMENT_FREQUENCIES.map((frequency) => (
                <option key={frequency} value={frequency}>
                  {t(`frequency.${frequency}`)}
                </option>
              ))}
            </select>
          </div>
          <SuggestedText form={form} name="owner" label={label('owner')} suggestion={texts.owner} markEmpty={false} />
        </td>
        <td className="lm-plan__stack">
          <PlanNumber form={form} name="target" label={label('target')} suffix={suffix} />
          <PlanNumber form={form} name="alarm" label={label('alarm')} suffix={suffix} />
        </td>
      </tr>
      {problems.length > 0 ? (
        <tr className="lm-plan__problems">
          <td colSpan={SCREEN_COLUMNS.length}>
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}

function problemText(problem: PlanProblem, entry: PlanEntry, t: Translate<PlanMessageKey>, number: (value: number) => string): string {
  if (problem.kind === 'alarmWrongSide') return t(problem.direction === 'higher' ? 'plan.alarmWrongSide.higher' : 'plan.alarmWrongSide.lower');
  const field = t(`plan.${problem.field}`);
  const value = number(entry[problem.field] ?? 0);
  if (problem.max === null) return t('plan.belowMin', { field, value, min: number(problem.min ?? 0) });
  return t('plan.outOfRange', { field, value, min: number(problem.min ?? 0), max: number(problem.max) });
}
