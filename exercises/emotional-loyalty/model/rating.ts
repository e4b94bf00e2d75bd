import type { Action, EmotionalState, Idea, Occasion } from '../state';

/**
 * The effect × cost matrix of the rated ideas, their priority order, the plan's budget, what the plan still lacks
 * and the year's calendar. Pure: the steps, the readings and the export compute from the same functions.
 */

export const QUADRANTS = ['quickWin', 'bigBet', 'fillIn', 'moneyPit'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/**
 * Where the 1–5 scales are split. The middle mark (3) counts as neither a high effect nor a high cost: a quick win
 * must promise a clear effect (4 or 5) and a money pit must cost clearly much (4 or 5), so "3 and 3" is a fill-in.
 */
export const HIGH_EFFECT_FROM = 4;
export const HIGH_COST_FROM = 4;

export interface RatedIdea {
  idea: Idea;
  cost: number;
  effect: number;
  quadrant: Quadrant;
  /** effect − cost: how much more the idea gives than it takes, on the two scales. */
  score: number;
}

/** High effect and low cost: do first. High effect, high cost: a big bet to plan for. Low both: a fill-in. Low effect, high cost: a money pit. */
export function quadrantOf(cost: number, effect: number): Quadrant {
  const highEffect = effect >= HIGH_EFFECT_FROM;
  const highCost = cost >= HIGH_COST_FROM;
  if (highEffect) return highCost ? 'bigBet' : 'quickWin';
  return highCost ? 'moneyPit' : 'fillIn';
}

/** An idea with both marks, placed in the matrix; null while either mark is missing. */
export function rateIdea(idea: Idea): RatedIdea | null {
  if (idea.cost === null || idea.effect === null) return null;
  return { idea, cost: idea.cost, effect: idea.effect, quadrant: quadrantOf(idea.cost, idea.effect), score: idea.effect - idea.cost };
}

/**
 * The rated ideas, best first: by effect − cost, ties by the higher effect (between two equally good bargains the
 * one customers notice more), then in the order the participant listed them.
 */
export function priorityOrder(ideas: readonly Idea[]): RatedIdea[] {
  const rated = ideas.flatMap((idea, index) => {
    const entry = rateIdea(idea);
    return entry ? [{ entry, index }] : [];
  });
  rated.sort((a, b) => b.entry.score - a.entry.score || b.entry.effect - a.entry.effect || a.index - b.index);
  return rated.map(({ entry }) => entry);
}

/** A chosen idea with its action (a fresh one if none was typed yet). */
export interface PlannedAction {
  idea: Idea;
  action: Action;
}

const EMPTY_ACTION: Action = { date: null, owner: '', budget: null, evidence: '', followUp: 'open', observed: '' };

export function actionOf(state: Pick<EmotionalState, 'actions'>, ideaId: string): Action {
  return Object.hasOwn(state.actions, ideaId) ? (state.actions[ideaId] ?? EMPTY_ACTION) : EMPTY_ACTION;
}

/** The action plan: the chosen ideas, dated ones by date, then the undated in the order the ideas are listed. */
export function plannedActions(state: Pick<EmotionalState, 'ideas' | 'actions'>): PlannedAction[] {
  const planned = state.ideas.filter((idea) => idea.chosen).map((idea) => ({ idea, action: actionOf(state, idea.id) }));
  const dated = planned.filter((entry) => entry.action.date !== null);
  dated.sort((a, b) => (a.action.date ?? '').localeCompare(b.action.date ?? ''));
  return [...dated, ...planned.filter((entry) => entry.action.date === null)];
}

/** 'yyyy-mm' of a stored day. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

export interface BudgetTotals {
  total: number;
  /** By 'yyyy-mm', months in order; actions without a date are in `undated`. */
  byMonth: { month: string; budget: number }[];
  undated: number;
  /** By touchpoint id in the journey's order; ideas of a touchpoint no longer in the journey under null, last. */
  byTouchpoint: { touchpointId: string | null; budget: number }[];
  /** Chosen actions with no budget entered (counted as nothing in the totals). */
  withoutBudget: number;
}

export function budgetTotals(state: Pick<EmotionalState, 'ideas' | 'actions' | 'touchpoints'>): BudgetTotals {
  const planned = plannedActions(state);
  const months = new Map<string, number>();
  const touchpoints = new Map<string | null, number>();
  let total = 0;
  let undated = 0;
  let withoutBudget = 0;
  const known = new Set(state.touchpoints.map((touchpoint) => touchpoint.id));
  for (const { idea, action } of planned) {
    if (action.budget === null) withoutBudget += 1;
    const budget = action.budget ?? 0;
    total += budget;
    if (action.date === null) undated += budget;
    else months.set(monthOf(action.date), (months.get(monthOf(action.date)) ?? 0) + budget);
    const touchpointId = known.has(idea.touchpointId) ? idea.touchpointId : null;
    touchpoints.set(touchpointId, (touchpoints.get(touchpointId) ?? 0) + budget);
  }
  const byTouchpoint = [...state.touchpoints.map((touchpoint) => touchpoint.id), null]
    .filter((touchpointId) => touchpoints.has(touchpointId))
    .map((touchpointId) => ({ touchpointId, budget: touchpoints.get(touchpointId) ?? 0 }));
  const byMonth = [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, budget]) => ({ month, budget }));
  return { total, byMonth, undated, byTouchpoint, withoutBudget };
}

/** What the chosen actions still lack: a date, an owner, a budget. Ideas in the plan's order. */
export interface PlanGaps {
  withoutDate: Idea[];
  withoutOwner: Idea[];
  withoutBudget: Idea[];
}

export function planGaps(state: Pick<EmotionalState, 'ideas' | 'actions'>): PlanGaps {
  const planned = plannedActions(state);
  return {
    withoutDate: planned.filter(({ action }) => action.date === null).map(({ idea }) => idea),
    withoutOwner: planned.filter(({ action }) => action.owner.trim() === '').map(({ idea }) => idea),
    withoutBudget: planned.filter(({ action }) => action.budget === null).map(({ idea }) => idea),
  };
}

export interface CalendarMonth {
  /** 1–12. */
  month: number;
  actions: PlannedAction[];
  occasions: Occasion[];
}

/** The years the plan's dated actions and occasions fall in, earliest first. */
export function planYears(state: Pick<EmotionalState, 'ideas' | 'actions' | 'occasions'>): number[] {
  const years = new Set<number>();
  for (const { action } of plannedActions(state)) if (action.date !== null) years.add(Number(action.date.slice(0, 4)));
  for (const occasion of state.occasions) years.add(Number(occasion.date.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}

/** The year the calendar opens on: the one holding most of the plan's dated actions and occasions (the earlier on a tie), else `fallback`. */
export function mainPlanYear(state: Pick<EmotionalState, 'ideas' | 'actions' | 'occasions'>, fallback: number): number {
  const counts = new Map<number, number>();
  const count = (iso: string) => counts.set(Number(iso.slice(0, 4)), (counts.get(Number(iso.slice(0, 4))) ?? 0) + 1);
  for (const { action } of plannedActions(state)) if (action.date !== null) count(action.date);
  for (const occasion of state.occasions) count(occasion.date);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && year < best)) best = year;
  return best ?? fallback;
}

/** The twelve months of `year`, each with its planned actions (by date) and its occasions (by date). */
export function yearCalendar(state: Pick<EmotionalState, 'ideas' | 'actions' | 'occasions'>, year: number): CalendarMonth[] {
  const prefix = `${String(year).padStart(4, '0')}-`;
  const planned = plannedActions(state).filter(({ action }) => action.date?.startsWith(prefix));
  const occasions = state.occasions.filter((occasion) => occasion.date.startsWith(prefix)).sort((a, b) => a.date.localeCompare(b.date));
  return Array.from({ length: 12 }, (_, index) => {
    const month = `${prefix}${String(index + 1).padStart(2, '0')}`;
    return {
      month: index + 1,
      actions: planned.filter(({ action }) => action.date !== null && monthOf(action.date) === month),
      occasions: occasions.filter((occasion) => monthOf(occasion.date) === month),
    };
  });
}

/** Months (1–12) of the calendar with neither an action nor an occasion. */
export function emptyMonths(calendar: readonly CalendarMonth[]): number[] {
  return calendar.filter((month) => month.actions.length === 0 && month.occasions.length === 0).map((month) => month.month);
}

export interface FollowUpSummary {
  done: number;
  notDone: number;
  open: number;
  /** Budget of the actions marked done: what was spent, as planned. */
  spent: number;
  /** Budget of every planned action. */
  planned: number;
}

export function followUpSummary(state: Pick<EmotionalState, 'ideas' | 'actions'>): FollowUpSummary {
  const summary: FollowUpSummary = { done: 0, notDone: 0, open: 0, spent: 0, planned: 0 };
  for (const { action } of plannedActions(state)) {
    summary[action.followUp] += 1;
    summary.planned += action.budget ?? 0;
    if (action.followUp === 'done') summary.spent += action.budget ?? 0;
  }
  return summary;
}
