import { useId, useState } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { SegmentationFigures } from '../../analysis/segmentationAnalysis';
import type { SegmentationNames } from '../../content/names';
import { segmentsMessages } from '../../messages/segments';
import type { CriterionId, SegmentCondition } from '../../state';
import { SHOWN_VALUES, availableSummary } from './segmentFigures';

interface Props {
  condition: SegmentCondition;
  index: number;
  ruleName: string;
  figures: SegmentationFigures | null;
  names: SegmentationNames;
  offered: readonly CriterionId[];
  onCriterion: (criterion: CriterionId) => void;
  onToggle: (value: string) => void;
  onRemove: () => void;
}

/**
 * One condition of a rule: its criterion, and that criterion's values as checkboxes with how many customers each
 * has. A value ticked earlier that the data no longer has stays on the list, so nothing ticked is lost unseen.
 */
export function RuleCondition({ condition, index, ruleName, figures, names, offered, onCriterion, onToggle, onRemove }: Props) {
  const t = useMessages(segmentsMessages);
  const selectId = useId();
  const { criterion } = condition;
  const summary = availableSummary(figures, criterion);
  const missing = figures?.criteria[criterion];
  const choices = offered.includes(criterion) ? offered : [criterion, ...offered];
  const known = summary?.values ?? [];
  const [all, setAll] = useState(false);
  const values = [...known, ...condition.values.filter((value) => !known.some((entry) => entry.key === value)).map((key) => ({ key, customers: 0, revenue: 0 }))];
  // A long list shows its first values and every ticked one; the rest on request.
  const shown = all ? values : values.filter((value, k) => k < SHOWN_VALUES || condition.values.includes(value.key));
  const bounds = summary?.bounds ?? null;
  // Cast: the select's options are criterion ids.
  const choose = (value: string) => onCriterion(value as CriterionId);
  return (
    <li className="sg-segments-condition">
      {index > 0 ? <span className="sg-segments-condition__and">{t('segments.rules.and')}</span> : null}
      <div className="sg-segments-condition__criterion">
        <label htmlFor={selectId} className="visually-hidden">
          {t('segments.rules.criterion', { n: index + 1 })}
        </label>
        <select id={selectId} value={criterion} onChange={(event) => choose(event.target.value)}>
          {choices.map((id) => (
            <option key={id} value={id}>
              {names.criterion(id)}
              {figures && availableSummary(figures, id) === null ? ` ${t('segments.rules.unavailable')}` : ''}
            </option>
          ))}
        </select>
        <button type="button" className="button button--quiet" onClick={onRemove} aria-label={t('segments.rules.removeConditionNamed', { n: index + 1, name: ruleName })}>
          {t('segments.rules.removeCondition')}
        </button>
      </div>
      {missing && !missing.ok ? <p className="sg-segments-warning">{names.missing(missing.missing)}</p> : null}
      {values.length > 0 ? (
        <fieldset className="sg-segments-values">
          <legend className="visually-hidden">{t('segments.rules.values', { criterion: names.criterion(criterion) })}</legend>
          {shown.map((value) => {
            const label = names.value(criterion, value.key, bounds);
            return (
              <label key={value.key} className="sg-segments-value">
                <input type="checkbox" checked={condition.values.includes(value.key)} onChange={() => onToggle(value.key)} />
                <span>{summary ? t('segments.rules.value', { value: label, count: value.customers }) : label}</span>
              </label>
            );
          })}
          {values.length > SHOWN_VALUES ? (
            <button type="button" className="button button--quiet sg-segments-values__more" onClick={() => setAll(!all)} aria-expanded={all}>
              {all ? t('segments.rules.fewer') : t('segments.rules.more', { count: values.length })}
            </button>
          ) : null}
        </fieldset>
      ) : figures === null ? (
        <p className="note">{t('segments.rules.noValues')}</p>
      ) : null}
      {condition.values.length === 0 && (missing?.ok ?? true) ? <p className="sg-segments-warning">{t('segments.rules.emptyCondition')}</p> : null}
    </li>
  );
}
