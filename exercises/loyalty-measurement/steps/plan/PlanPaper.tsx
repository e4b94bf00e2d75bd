import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import { METRIC_FACTS, metricTexts, planTexts } from '../../content/catalogue';
import type { PlanEntry } from '../../state';
import { planMessages } from '../../messages/plan';
import { PlanHead } from './PlanTable';
import { unitSuffix } from './units';
import { Filled } from '../shared/Filled';

/**
 * The plan as it reads on paper: values as text, the catalogue's suggestions where a box was left empty, each marked
 * with an asterisk explained under the table. Hidden on screen; printed in place of the boxes (plan.css).
 */
export function PlanPaper({ plan, locale }: { plan: readonly PlanEntry[]; locale: Locale }) {
  const t = useMessages(planMessages);
  const format = useFormat();
  const figure = (entry: PlanEntry, value: number | null) => (value === null ? '' : `${format.number(value, 2)} ${unitSuffix(METRIC_FACTS[entry.metric].unit, t, format.currency, locale)}`);
  const anySuggested = plan.some((entry) => Object.values(planTexts(entry, locale)).some((text) => text.suggested));
  return (
    <div className="lm-plan-paper">
      <table className="lm-paper">
        <PlanHead />
        <tbody>
          {plan.map((entry) => {
            const texts = planTexts(entry, locale);
            return (
              <tr key={entry.metric}>
                <th scope="row">{metricTexts(entry.metric, locale).name}</th>
                <td><Filled value={texts.source} /></td>
                <td><Filled value={texts.method} /></td>
                <td>{entry.frequency ? t(`frequency.${entry.frequency}`) : ''}</td>
                <td><Filled value={texts.owner} /></td>
                <td className="number">{figure(entry, entry.target)}</td>
                <td className="number">{figure(entry, entry.alarm)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {anySuggested ? <p className="note">{t('plan.suggestionFootnote')}</p> : null}
    </div>
  );
}
