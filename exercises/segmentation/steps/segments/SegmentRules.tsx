import { useEffect, useId, useState } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ConfirmDialog } from '../../../../src/ui/ConfirmDialog';
import type { SegmentationFigures } from '../../analysis/segmentationAnalysis';
import { starterRules } from '../../content/starterRules';
import type { SegmentationNames } from '../../content/names';
import { segmentsMessages } from '../../messages/segments';
import { OTHERS_KEY } from '../../model/segments';
import { addCondition, addRule, emptyConditions, moveRule, removeCondition, removeRule, renameRule, setConditionCriterion, toggleValue } from '../../model/ruleEdits';
import type { CriterionId, SegmentRule } from '../../state';
import { profilesByKey, shareOf } from './segmentFigures';
import { RuleCondition } from './RuleCondition';

interface Props {
  rules: readonly SegmentRule[];
  figures: SegmentationFigures | null;
  names: SegmentationNames;
  offered: readonly CriterionId[];
  /** Ids a new rule must not take: segments whose decisions the targets step keeps (state.targets' keys). */
  takenIds: readonly string[];
  onChange: (rules: SegmentRule[]) => void;
}

/**
 * The ordered rule list: each rule's name, its conditions (a criterion and the values ticked), its customers and
 * share of revenue as they stand, moved up or down, deleted or added; the starter rules back after a question.
 * Every change is written to the state as it is made, so a reload loses no keystroke.
 */
export function SegmentRules({ rules, figures, names, offered, takenIds, onChange }: Props) {
  const t = useMessages(segmentsMessages);
  const format = useFormat();
  const [confirmReset, setConfirmReset] = useState(false);
  const byKey = profilesByKey(figures);
  const unavailable = new Set(figures?.unavailable.map((entry) => entry.ruleId) ?? []);
  // After a move the focus follows the rule to its new place, so the keyboard user can press again.
  const [focus, setFocus] = useState<{ id: string; direction: 'up' | 'down' } | null>(null);
  useEffect(() => {
    if (focus === null) return;
    const row = Array.from(document.querySelectorAll<HTMLElement>('[data-rule-id]')).find((element) => element.dataset.ruleId === focus.id);
    const button = row?.querySelector<HTMLButtonElement>(`button[data-move="${focus.direction}"]:not(:disabled)`) ?? row?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)');
    button?.focus();
    setFocus(null);
  }, [focus]);

  const move = (index: number, direction: 'up' | 'down') => {
    const id = rules[index]?.id;
    onChange(moveRule(rules, index, direction === 'up' ? -1 : 1));
    if (id !== undefined) setFocus({ id, direction });
  };
  const figuresOf = (key: string) => {
    const profile = byKey.get(key);
    if (!profile || !figures) return null;
    return t('segments.rules.figures', { count: profile.customers, revenueShare: format.percent(shareOf(profile.revenue, figures.total.revenue) ?? 0, 0) });
  };
  return (
    <section className="sg-segments-section" aria-labelledby="sg-segments-rules-title">
      <h3 id="sg-segments-rules-title">{t('segments.rules.title')}</h3>
      <p className="explain">{t('segments.rules.explain')}</p>
      <ol className="sg-segments-rules" aria-label={t('segments.rules.list')}>
        {rules.map((rule, index) => {
          const name = names.segment(rule.id);
          const profile = byKey.get(rule.id);
          const nobody = profile?.customers === 0 && !unavailable.has(rule.id) && emptyConditions(rule).length === 0;
          return (
            <li key={rule.id} className="sg-segments-rule" data-rule-id={rule.id}>
              <div className="sg-segments-rule__head">
                <RuleName rule={rule} name={name} index={index} onChange={(text) => onChange(renameRule(rules, index, text))} />
                <p className="sg-segments-rule__figures">
                  {figuresOf(rule.id)}
                </p>
                <div className="sg-segments-rule__actions">
                  <button type="button" className="button" data-move="up" disabled={index === 0} onClick={() => move(index, 'up')} aria-label={t('segments.rules.upNamed', { name })} title={t('segments.rules.up')}>
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button type="button" className="button" data-move="down" disabled={index === rules.length - 1} onClick={() => move(index, 'down')} aria-label={t('segments.rules.downNamed', { name })} title={t('segments.rules.down')}>
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => onChange(removeRule(rules, index))} aria-label={t('segments.rules.deleteNamed', { name })}>
                    {t('segments.rules.delete')}
                  </button>
                </div>
              </div>
              {nobody ? <p className="sg-segments-warning">{t('segments.rules.taken')}</p> : null}
              {rule.conditions.length === 0 ? <p className="note">{t('segments.rules.noConditions')}</p> : null}
              <ul className="sg-segments-conditions">
                {rule.conditions.map((condition, k) => (
                  <RuleCondition
                    key={k}
                    condition={condition}
                    index={k}
                    ruleName={name}
                    figures={figures}
                    names={names}
                    offered={offered}
                    onCriterion={(criterion) => onChange(setConditionCriterion(rules, index, k, criterion))}
                    onToggle={(value) => onChange(toggleValue(rules, index, k, value))}
                    onRemove={() => onChange(removeCondition(rules, index, k))}
                  />
                ))}
              </ul>
              <button type="button" className="button sg-segments-rule__add-condition" onClick={() => onChange(addCondition(rules, index, offered))}>
                {t('segments.rules.addCondition')}
              </button>
            </li>
          );
        })}
      </ol>
      {rules.length === 0 ? <p className="note">{t('segments.rules.none')}</p> : null}
      <p className="sg-segments-others">
        <span>{t('segments.rules.others')}</span> <span className="sg-segments-rule__figures">{figuresOf(OTHERS_KEY)}</span>
      </p>
      <div className="sg-segments-rules__footer">
        <button type="button" className="button" onClick={() => onChange(addRule(rules, offered[0] ?? 'abc', takenIds))}>
          {t('segments.rules.add')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setConfirmReset(true)}>
          {t('segments.rules.reset')}
        </button>
      </div>
      <ConfirmDialog
        open={confirmReset}
        title={t('segments.rules.resetTitle')}
        confirmLabel={t('segments.rules.resetConfirm')}
        tone="danger"
        onConfirm={() => {
          setConfirmReset(false);
          onChange(starterRules());
        }}
        onCancel={() => setConfirmReset(false)}
      >
        <p>{t('segments.rules.resetBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

/** The name as typed; emptied and left, it goes back to the starter set's name (or "Segment n"). */
function RuleName({ rule, name, index, onChange }: { rule: SegmentRule; name: string; index: number; onChange: (name: string | null) => void }) {
  const t = useMessages(segmentsMessages);
  const id = useId();
  return (
    <div className="sg-segments-rule__name">
      <label htmlFor={id}>
        <span className="sg-segments-rule__number">{index + 1}.</span> {t('segments.rules.name')}
      </label>
      <input id={id} type="text" value={rule.name ?? name} onChange={(event) => onChange(event.target.value)} onBlur={(event) => (event.target.value.trim() === '' ? onChange(null) : undefined)} />
    </div>
  );
}
