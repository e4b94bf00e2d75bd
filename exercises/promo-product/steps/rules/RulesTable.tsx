import { useId, useMemo, useState } from 'react';
import { isOneOf } from '../../../../src/data/oneOf';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { AssociationRule } from '../../model/mining';
import { fixedPercent } from './fixedPercent';
import { rulesMessages } from '../../messages/rules';
import { rulesResultsMessages } from '../../messages/rulesResults';
import { RULE_SIDES, rulesWithItem, type RuleSide } from './ruleText';

/** Rows per page: thousands of rules stay quick to draw, and a page still reads on a phone. */
export const RULES_PAGE = 25;

const SORTABLE = ['support', 'confidence', 'lift', 'count'] as const;
type SortKey = (typeof SORTABLE)[number];

export interface RuleFocus {
  item: number;
  side: RuleSide;
}

interface Props {
  rules: readonly AssociationRule[];
  items: readonly string[];
  name: (label: string) => string;
  focus: RuleFocus | null;
  onFocus: (focus: RuleFocus | null) => void;
}

/** The rules as a sortable, paged table, filtered by a product on either side, the left or the right; a product's name opens its rules. */
export function RulesTable({ rules, items, name, focus, onFocus }: Props) {
  const t = useMessages(rulesResultsMessages);
  const tr = useMessages(rulesMessages);
  const format = useFormat();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'lift', descending: true });
  const [page, setPage] = useState(0);
  const itemId = useId();
  const sideId = useId();
  const sortId = useId();

  const ruleItems = useMemo(() => {
    const used = new Set<number>();
    for (const rule of rules) {
      for (const item of rule.antecedent) used.add(item);
      used.add(rule.consequent);
    }
    return [...used].map((item) => ({ item, label: name(items[item] ?? '') })).sort((a, b) => a.label.localeCompare(b.label, format.locale));
  }, [rules, items, name, format.locale]);

  const filtered = useMemo(() => {
    const chosen = focus === null ? [...rules] : rulesWithItem(rules, focus.item, focus.side);
    const sign = sort.descending ? -1 : 1;
    return chosen.sort((a, b) => sign * (a[sort.key] - b[sort.key]) || b.lift - a.lift);
  }, [rules, focus, sort]);

  const pages = Math.max(1, Math.ceil(filtered.length / RULES_PAGE));
  const current = Math.min(page, pages - 1);
  const rows = filtered.slice(current * RULES_PAGE, (current + 1) * RULES_PAGE);
  const columns: Record<SortKey, string> = { support: t('rulesTable.support'), confidence: t('rulesTable.confidence'), lift: t('rulesTable.lift'), count: t('rulesTable.count') };
  const changeFocus = (next: RuleFocus | null) => {
    onFocus(next);
    setPage(0);
  };
  const itemButton = (item: number) => {
    const label = name(items[item] ?? '');
    return (
      <button key={item} type="button" className="pp-rules-item" aria-label={t('rulesTable.openItem', { item: label })} aria-pressed={focus?.item === item} onClick={() => changeFocus({ item, side: 'either' })}>
        {label}
      </button>
    );
  };
  const joined = (antecedent: readonly number[]) =>
    antecedent.flatMap((item, index) => (index === 0 ? [itemButton(item)] : [<span key={`and-${item}`}>{tr('rules.and')}</span>, itemButton(item)]));

  return (
    <section className="pp-rules-table" aria-labelledby={`${itemId}-title`}>
      <h3 id={`${itemId}-title`}>{t('rulesTable.title')}</h3>
      <div className="pp-rules-filter">
        <div className="field">
          <label htmlFor={itemId} className="field__label">
            {t('rulesTable.filter.item')}
          </label>
          <div className="field__control">
            <select id={itemId} value={focus?.item ?? ''} onChange={(event) => changeFocus(event.target.value === '' ? null : { item: Number(event.target.value), side: focus?.side ?? 'either' })}>
              <option value="">{t('rulesTable.filter.all')}</option>
              {ruleItems.map(({ item, label }) => (
                <option key={item} value={item}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={sideId} className="field__label">
            {t('rulesTable.filter.side')}
          </label>
          <div className="field__control">
            <select id={sideId} value={focus?.side ?? 'either'} disabled={focus === null} onChange={(event) => focus && isOneOf(RULE_SIDES, event.target.value) && changeFocus({ item: focus.item, side: event.target.value })}>
              {RULE_SIDES.map((side) => (
                <option key={side} value={side}>
                  {t(`rulesTable.filter.${side}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {/* The column headers sort too, but a phone shows the table as cards, without them. */}
        <div className="field">
          <label htmlFor={sortId} className="field__label">
            {t('rulesTable.order')}
          </label>
          <div className="field__control">
            <select id={sortId} value={sort.key} onChange={(event) => isOneOf(SORTABLE, event.target.value) && setSort({ key: event.target.value, descending: true })}>
              {SORTABLE.map((key) => (
                <option key={key} value={key}>
                  {columns[key]}
                </option>
              ))}
            </select>
          </div>
        </div>
        {focus !== null ? (
          <button type="button" className="button" onClick={() => changeFocus(null)}>
            {t('rulesTable.filter.clear')}
          </button>
        ) : null}
      </div>
      <p className="note" aria-live="polite">
        {focus !== null ? t('rulesTable.showing', { item: name(items[focus.item] ?? ''), count: format.integer(filtered.length) }) : t('rulesTable.hint')}
      </p>
      {filtered.length === 0 ? (
        <p className="finding">{t('rulesTable.empty')}</p>
      ) : (
        <>
          <ScrollBox label={t('rulesTable.scroll')}>
            <table className="table-cards pp-rules-rules" aria-labelledby={`${itemId}-title`}>
              <thead>
                <tr>
                  <th scope="col">{t('rulesTable.antecedent')}</th>
                  <th scope="col">{t('rulesTable.consequent')}</th>
                  {SORTABLE.map((key) => (
                    <th key={key} scope="col" className="number" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                      <button
                        type="button"
                        className="pp-rules-sort"
                        aria-label={t('rulesTable.sortBy', { column: columns[key] })}
                        onClick={() => setSort((previous) => ({ key, descending: previous.key === key ? !previous.descending : true }))}
                      >
                        {columns[key]}
                        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ↓' : ' ↑') : ''}</span>
                      </button>
                      {/* A phone hides the header row from sight: there the column's name alone, and the sort choice above the table. */}
                      <span className="pp-rules-sort-name">{columns[key]}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((rule) => (
                  <tr key={`${rule.antecedent.join(',')}>${rule.consequent}`}>
                    <td data-label={t('rulesTable.antecedent')}>{joined(rule.antecedent)}</td>
                    <td data-label={t('rulesTable.consequent')}>{itemButton(rule.consequent)}</td>
                    <td data-label={columns.support} className="number">
                      {fixedPercent(format.locale, rule.support, 2)}
                    </td>
                    <td data-label={columns.confidence} className="number">
                      {fixedPercent(format.locale, rule.confidence, 1)}
                    </td>
                    <td data-label={columns.lift} className="number">
                      {format.fixed(rule.lift, 2)}
                    </td>
                    <td data-label={columns.count} className="number">
                      {format.integer(rule.count)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {pages > 1 ? (
            <nav className="pp-rules-pages" aria-label={t('rulesTable.title')}>
              <button type="button" className="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
                {t('rulesTable.previous')}
              </button>
              <span>{t('rulesTable.page', { from: format.integer(current * RULES_PAGE + 1), to: format.integer(current * RULES_PAGE + rows.length), total: format.integer(filtered.length) })}</span>
              <button type="button" className="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                {t('rulesTable.next')}
              </button>
            </nav>
          ) : null}
        </>
      )}
    </section>
  );
}
