import { PROGRAM_FIGURE_KEYS, sameFigures, type ProgramFigures } from '../../../src/results/programFigures';
import type { RoiOutcome } from '../../../src/results/roiOutcome';
import type { ProgramType } from '../../../src/results/programTypes';
import type { DesignMechanic, ProgramDesignState } from '../state';

export type FigureKey = keyof ProgramFigures;

/** Mechanics that hand the member a share of the purchase back: their reward rates are what the program pays out. */
export const REWARD_TYPES = ['points', 'cashback', 'discount'] as const satisfies readonly ProgramType[];
type RewardType = (typeof REWARD_TYPES)[number];

const isRewardMechanic = (mechanic: DesignMechanic): mechanic is DesignMechanic & { type: RewardType } =>
  REWARD_TYPES.some((type) => type === mechanic.type);

/** A mechanic a figure was worked out from, as the step names it. */
export interface MechanicRef {
  id: string;
  type: ProgramType;
}

/** Why the design gives a figure, so the step can say where it came from. */
export type FigureOrigin =
  /** The reward rates of the reward mechanics, added up: a member gets each on the same purchase. */
  | { kind: 'rewardRates'; mechanics: (MechanicRef & { rewardRate: number })[] }
  /** Only discounts reward: a discount is taken at the till, there is no balance left to lapse. */
  | { kind: 'discountsOnly'; mechanics: MechanicRef[] }
  /** A reward mechanic with no threshold rewards every purchase, the ones that would happen anyway included. */
  | { kind: 'everyPurchase'; mechanic: MechanicRef };

export interface DesignFigure {
  value: number;
  origin: FigureOrigin;
}

/** What the design says about a figure without settling it: a typical range, or what to estimate. */
export type FigureHint =
  /** Rewards that lapse: the sooner they expire, the more of them are never spent (a rough guide, not a rule). */
  | { kind: 'expiry'; mechanic: MechanicRef; expiryMonths: number | null; low: number; high: number }
  /** Rewards start at a spend: only the usual purchases at or above it earn. */
  | { kind: 'threshold'; mechanic: MechanicRef; threshold: number };

export interface FiguresFromDesign {
  figures: Partial<Record<FigureKey, DesignFigure>>;
  hints: Partial<Record<FigureKey, FigureHint>>;
}

// 0.05 + 0.02 is 0.07000000000000001: a rate shown and compared as the participant would type it.
const tidy = (value: number) => Number.parseFloat(value.toPrecision(12));

const ref = (mechanic: DesignMechanic): MechanicRef => ({ id: mechanic.id, type: mechanic.type });

/**
 * Typical shares of rewards never spent by how long they last. Industry figures vary widely (10–40 % is the
 * usual quote); what holds everywhere is the direction — the shorter the life of a point, the more of them lapse.
 */
export function breakageRange(expiryMonths: number | null): { low: number; high: number } {
  if (expiryMonths !== null && expiryMonths <= 6) return { low: 0.25, high: 0.4 };
  if (expiryMonths !== null && expiryMonths <= 12) return { low: 0.15, high: 0.3 };
  if (expiryMonths !== null && expiryMonths <= 24) return { low: 0.1, high: 0.2 };
  // Never expiring rewards still lapse when members stop buying.
  return { low: 0.05, high: 0.15 };
}

/**
 * The figures the design itself settles (the reward rate from the chosen mechanics, no breakage when only
 * discounts reward, every usual purchase rewarded when a reward has no threshold) and hints for those it only
 * informs (breakage from the expiry, the rewarded share from a threshold). Everything else is the participant's.
 */
export function figuresFromDesign(mechanics: readonly DesignMechanic[]): FiguresFromDesign {
  const rewards = mechanics.filter(isRewardMechanic);
  const figures: FiguresFromDesign['figures'] = {};
  const hints: FiguresFromDesign['hints'] = {};

  const rated = rewards.flatMap((mechanic) => (mechanic.rewardRate === null ? [] : [{ ...ref(mechanic), rewardRate: mechanic.rewardRate }]));
  if (rated.length > 0) {
    const total = tidy(rated.reduce((sum, mechanic) => sum + mechanic.rewardRate, 0));
    figures.rewardRate = { value: Math.min(total, 1), origin: { kind: 'rewardRates', mechanics: rated } };
  }

  const lapsing = rewards.filter((mechanic) => mechanic.type !== 'discount');
  if (rewards.length > 0 && lapsing.length === 0) {
    figures.breakage = { value: 0, origin: { kind: 'discountsOnly', mechanics: rewards.map(ref) } };
  } else if (lapsing.length > 0) {
    // The reward that lapses soonest sets the guide: never (null) counts as the longest.
    const soonest = lapsing.reduce((best, mechanic) => ((mechanic.expiryMonths ?? Infinity) < (best.expiryMonths ?? Infinity) ? mechanic : best));
    hints.breakage = { kind: 'expiry', mechanic: ref(soonest), expiryMonths: soonest.expiryMonths, ...breakageRange(soonest.expiryMonths) };
  }

  const everyPurchase = rewards.find((mechanic) => mechanic.threshold === null || mechanic.threshold === 0);
  if (everyPurchase) {
    figures.baselineRewardShare = { value: 1, origin: { kind: 'everyPurchase', mechanic: ref(everyPurchase) } };
  } else {
    const withThreshold = rewards.find((mechanic) => mechanic.threshold !== null);
    if (withThreshold && withThreshold.threshold !== null) hints.baselineRewardShare = { kind: 'threshold', mechanic: ref(withThreshold), threshold: withThreshold.threshold };
  }
  return { figures, hints };
}

/** How a figure stands against the design: it holds the design's value, it holds another, or the design gives none. */
export type FigureMark = { kind: 'fromDesign'; design: DesignFigure } | { kind: 'designDiffers'; design: DesignFigure } | { kind: 'own' };

export function figureMark(key: FigureKey, economics: ProgramFigures, fromDesign: FiguresFromDesign): FigureMark {
  const design = fromDesign.figures[key];
  if (!design) return { kind: 'own' };
  return economics[key] === design.value ? { kind: 'fromDesign', design } : { kind: 'designDiffers', design };
}

/** The figures the design gives that the economics do not hold yet (empty, or another value). */
export function figuresToTake(economics: ProgramFigures, fromDesign: FiguresFromDesign): FigureKey[] {
  return PROGRAM_FIGURE_KEYS.filter((key) => figureMark(key, economics, fromDesign).kind === 'designDiffers');
}

/** The state with the design's figures written in: all it gives, or the keys named. */
export function takeFromDesign(state: ProgramDesignState, keys?: readonly FigureKey[]): ProgramDesignState {
  const { figures } = figuresFromDesign(state.mechanics.chosen);
  const economics = { ...state.economics };
  for (const key of keys ?? PROGRAM_FIGURE_KEYS) {
    const design = figures[key];
    if (design) economics[key] = design.value;
  }
  return { ...state, economics };
}

/** The figures two sets hold differently, in the form's order. */
export function differingFigures(a: ProgramFigures, b: ProgramFigures): FigureKey[] {
  return PROGRAM_FIGURE_KEYS.filter((key) => a[key] !== b[key]);
}

/**
 * Where the design stands with the ROI exercise. `current`: ROI computed these very figures. `differs`: ROI holds
 * a design's figures sent earlier, and they differ from the design's now (changed here since, or edited in ROI:
 * the design cannot tell which, only which figures). `notEvaluated`: ROI has no result, or one for figures of its own.
 */
export type RoiStanding =
  | { kind: 'current'; outcome: RoiOutcome }
  | { kind: 'differs'; outcome: RoiOutcome; figures: FigureKey[] }
  | { kind: 'notEvaluated' };

export function roiStanding(economics: ProgramFigures, outcome: RoiOutcome | null, designId: string): RoiStanding {
  if (outcome === null) return { kind: 'notEvaluated' };
  if (sameFigures(outcome.figures, economics)) return { kind: 'current', outcome };
  if (outcome.sentFrom?.exerciseId !== designId) return { kind: 'notEvaluated' };
  return { kind: 'differs', outcome, figures: differingFigures(economics, outcome.figures) };
}
