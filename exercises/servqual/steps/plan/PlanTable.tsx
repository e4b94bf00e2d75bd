import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import { statementText } from '../../statements';
import type { PlanEntry, PlanTarget, Questionnaire } from '../../state';
import type { PriorityOrder } from '../../model';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';
import { signedNumber } from '../shared/numbers';
import { findPlanEntry, type PlanChange } from './planEntries';
import { DateInput } from '../../../../src/ui/DateInput';

interface PlanTableProps {
  order: PriorityOrder;
  plan: readonly PlanEntry[];
  questionnaire: Questionnaire;
  locale: Locale;
  /** null: the printed version, values as text. */
  onChange: ((target: PlanTarget, change: PlanChange) => void) | null;
}

/** The priority list with the participant's action, owner and deadline beside each dimension and statement. */
export function PlanTable({ order, plan, questionnaire, locale, onChange }: PlanTableProps) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const format = useFormat();
  const gapText = (gap: number | null) =>
    gap === null ? (
      t('priority.noAnswers')
    ) : gap >= 0 ? (
      <>
        {signedNumber(gap, locale)}
        <span className="sq-plan__met">{t('priority.met')}</span>
      </>
    ) : (
      signedNumber(gap, locale)
    );

  const cells = (target: PlanTarget, name: string) => {
    const entry = findPlanEntry(plan, target);
    if (!onChange) {
      return (
        <>
          <td>{entry?.action ?? ''}</td>
          <td>{entry?.owner ?? ''}</td>
          <td>{entry?.deadline ? format.date(entry.deadline) : ''}</td>
        </>
      );
    }
    return (
      <>
        <td>
          {/* Three rows at least; where the browser can, the box grows with the text (field-sizing in servqual.css). */}
          <textarea
            rows={3}
            className="sq-plan__action"
            aria-label={ui('plan.actionFor', { target: name })}
            value={entry?.action ?? ''}
            onChange={(event) => onChange(target, { action: event.target.value })}
          />
        </td>
        <td>
          {/* A name with a job title ("Управляющий магазином") wraps rather than scrolling out of sight. */}
          <textarea
            rows={1}
            className="sq-plan__owner"
            aria-label={ui('plan.ownerFor', { target: name })}
            value={entry?.owner ?? ''}
            onChange={(event) => onChange(target, { owner: event.target.value.replace(/\n/g, ' ') })}
          />
        </td>
        <td>
          <DateInput
            aria-label={ui('plan.deadlineFor', { target: name })}
            value={entry?.deadline ?? ''}
            onChange={(event) => onChange(target, { deadline: /^\d{4}-\d{2}-\d{2}$/.test(event.target.value) ? event.target.value : null })}
          />
        </td>
      </>
    );
  };

  return (
    <div className="table-wrap">
      <table className="sq-plan">
        <colgroup>
          <col className="sq-plan__col-what" />
          <col className="sq-plan__col-gap" />
          <col className="sq-plan__col-action" />
          <col className="sq-plan__col-owner" />
          <col className="sq-plan__col-deadline" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{ui('plan.what')}</th>
            <th scope="col" className="number">{ui('results.gap')}</th>
            <th scope="col">{ui('plan.action')}</th>
            <th scope="col">{ui('plan.owner')}</th>
            <th scope="col">{ui('plan.deadline')}</th>
          </tr>
        </thead>
        {order.dimensions.map((dimension, rank) => {
          const name = t(`dimension.${dimension.dimension}.name`);
          return (
            <tbody key={dimension.dimension} className="sq-plan__group">
              <tr className="sq-plan__dimension">
                <th scope="row">
                  {rank + 1}. {name}
                  {dimension.weightedScore !== null ? <span className="sq-plan__weighted"> {ui('plan.weighted', { value: signedNumber(dimension.weightedScore, locale) })}</span> : null}
                </th>
                <td className={`number${dimension.gap < 0 ? ' sq-tone--bad' : ' sq-tone--good'}`}>{signedNumber(dimension.gap, locale)}</td>
                {cells({ kind: 'dimension', dimension: dimension.dimension }, name)}
              </tr>
              {dimension.items.map((item) => {
                const text = statementText(item.item, questionnaire.preset, questionnaire.statements[item.item - 1]?.text ?? null, locale);
                const itemName = ui('plan.itemName', { item: item.item });
                return (
                  <tr key={item.item} className="sq-plan__item">
                    <th scope="row">
                      <span className="sq-plan__item-number">{item.item}.</span> {text}
                    </th>
                    <td className={`number${item.gap !== null && item.gap < 0 ? ' sq-tone--bad' : ''}`}>{gapText(item.gap)}</td>
                    {cells({ kind: 'item', item: item.item }, itemName)}
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
