import { useEffect, useId, useState } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import { DEFAULT_RFM_SEGMENTS } from '../../../../src/customers/rfmDefaults';
import { RFM_DIMENSIONS, SCORES, type RfmDimension } from '../../../../src/customers/rfm';
import { moveRule, newSegmentId, reachableCells } from '../../../../src/customers/rfmSegments';
import { rfmRulesMessages } from '../../messages/rfmRules';
import { rfmSegmentMessages, segmentName } from '../../../../src/customers/rfmSegmentNames';
import type { RfmSegmentRule } from '../../state';

/** A fresh copy of the default rules (the state must not share the module's arrays). */
export function defaultRules(): RfmSegmentRule[] {
  return DEFAULT_RFM_SEGMENTS.map((rule) => ({ ...rule, r: [...rule.r], f: [...rule.f], m: [...rule.m] }));
}

interface Props {
  rules: readonly RfmSegmentRule[];
  onChange: (rules: RfmSegmentRule[]) => void;
}

/**
 * The ordered rule list: each rule's name and its three score ranges, moved up or down, deleted, or added; the
 * defaults back with one button. Changes are saved as they are made; the figures follow from the worker.
 */
export function SegmentRules({ rules, onChange }: Props) {
  const t = useMessages(rfmRulesMessages);
  const ts = useMessages(rfmSegmentMessages);
  const reachable = reachableCells(rules);
  // After a move the focus follows the rule to its new place, so the keyboard user can press again.
  const [focus, setFocus] = useState<{ id: string; direction: 'up' | 'down' } | null>(null);
  useEffect(() => {
    if (focus === null) return;
    const row = Array.from(document.querySelectorAll<HTMLElement>('[data-rule-id]')).find((element) => element.dataset.ruleId === focus.id);
    const button = row?.querySelector<HTMLButtonElement>(`button[data-move="${focus.direction}"]:not(:disabled)`) ?? row?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)');
    button?.focus();
    setFocus(null);
  }, [focus]);

  const change = (index: number, next: Partial<RfmSegmentRule>) => onChange(rules.map((rule, k) => (k === index ? { ...rule, ...next } : rule)));
  const move = (index: number, direction: 'up' | 'down') => {
    const id = rules[index]?.id;
    onChange(moveRule(rules, index, direction === 'up' ? -1 : 1));
    if (id !== undefined) setFocus({ id, direction });
  };
  return (
    <section className="cb-rfm-section" aria-labelledby="cb-rfm-rules-title">
      <h3 id="cb-rfm-rules-title">{t('rfm.rules.title')}</h3>
      <p className="explain">{t('rfm.rules.explain')}</p>
      <ol className="cb-rfm-rules">
        {rules.map((rule, index) => {
          const name = segmentName(ts, rules, index);
          return (
            <li key={rule.id} className="cb-rfm-rule" data-rule-id={rule.id}>
              <RuleName rule={rule} name={name} index={index} onChange={(text) => change(index, { name: text })} />
              <div className="cb-rfm-rule__ranges">
                {RFM_DIMENSIONS.map((dimension) => (
                  <RangeSelect key={dimension} dimension={dimension} range={rule[dimension]} ruleName={name} onChange={(range) => change(index, { [dimension]: range })} />
                ))}
              </div>
              <div className="cb-rfm-rule__actions">
                <button type="button" className="button" data-move="up" disabled={index === 0} onClick={() => move(index, 'up')} aria-label={t('rfm.rules.upNamed', { name })} title={t('rfm.rules.up')}>
                  <span aria-hidden="true">↑</span>
                </button>
                <button type="button" className="button" data-move="down" disabled={index === rules.length - 1} onClick={() => move(index, 'down')} aria-label={t('rfm.rules.downNamed', { name })} title={t('rfm.rules.down')}>
                  <span aria-hidden="true">↓</span>
                </button>
                <button type="button" className="button button--quiet" onClick={() => onChange(rules.filter((_, k) => k !== index))} aria-label={t('rfm.rules.deleteNamed', { name })}>
                  {t('rfm.rules.delete')}
                </button>
              </div>
              {reachable[index] === 0 ? <p className="cb-rfm-rule__warning">{t('rfm.rules.unreachable')}</p> : null}
            </li>
          );
        })}
      </ol>
      {rules.length === 0 ? <p className="note">{t('rfm.rules.none')}</p> : null}
      <div className="cb-rfm-rules__footer">
        <button type="button" className="button" onClick={() => onChange([...rules, { id: newSegmentId(rules), name: null, r: [1, 5], f: [1, 5], m: [1, 5] }])}>
          {t('rfm.rules.add')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onChange(defaultRules())}>
          {t('rfm.rules.reset')}
        </button>
      </div>
    </section>
  );
}

/** The name as typed; emptied and left, it goes back to the default (or "Segment n"). */
function RuleName({ rule, name, index, onChange }: { rule: RfmSegmentRule; name: string; index: number; onChange: (name: string | null) => void }) {
  const t = useMessages(rfmRulesMessages);
  const id = useId();
  return (
    <div className="cb-rfm-rule__name">
      <label htmlFor={id}>
        <span className="cb-rfm-rule__number">{index + 1}.</span> {t('rfm.rules.name')}
      </label>
      <input id={id} type="text" value={rule.name ?? name} onChange={(event) => onChange(event.target.value)} onBlur={(event) => (event.target.value.trim() === '' ? onChange(null) : undefined)} />
    </div>
  );
}

function RangeSelect({ dimension, range, ruleName, onChange }: { dimension: RfmDimension; range: readonly [number, number]; ruleName: string; onChange: (range: [number, number]) => void }) {
  const t = useMessages(rfmRulesMessages);
  const [from, to] = range;
  const letter = dimension.toUpperCase();
  return (
    <fieldset className="cb-rfm-range" aria-label={t('rfm.rules.range', { dimension: letter, name: ruleName })}>
      <legend aria-hidden="true">{letter}</legend>
      <select aria-label={t('rfm.rules.from', { dimension: letter })} value={from} onChange={(event) => onChange([Number(event.target.value), Math.max(Number(event.target.value), to)])}>
        {SCORES.map((score) => (
          <option key={score} value={score}>
            {score}
          </option>
        ))}
      </select>
      <span aria-hidden="true">–</span>
      <select aria-label={t('rfm.rules.to', { dimension: letter })} value={to} onChange={(event) => onChange([Math.min(from, Number(event.target.value)), Number(event.target.value)])}>
        {SCORES.map((score) => (
          <option key={score} value={score}>
            {score}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
