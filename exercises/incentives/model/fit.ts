import type { LocalizedText } from '../../../src/i18n/locale';
import { LIFE_CYCLE_STAGE_NAMES, MARKET_NAMES, PROGRAM_TYPES, type LifeCycleStage, type Market, type ProgramType } from '../../../src/results/programTypes';
import { PROGRAM_TYPE_FIT, type FitLevel } from '../content/programFit';
import { LOYALTY_TYPE_CONTENT } from '../content/loyaltyTypes';
import type { IncentivesState, LoyaltyType } from '../state';

/** One thing that made a type's fit: the market, the stage or a loyalty type, how well the type suits it and why. */
export type FitReason =
  | { factor: 'market'; market: Market; level: FitLevel; subject: LocalizedText; why: LocalizedText }
  | { factor: 'stage'; stage: LifeCycleStage; level: FitLevel; subject: LocalizedText; why: LocalizedText }
  /** `why` is null when the type neither draws nor repels customers loyal this way. */
  | { factor: 'loyalty'; loyaltyType: LoyaltyType; level: FitLevel; subject: LocalizedText; why: LocalizedText | null };

export interface TypeFit {
  /** null: the participant has chosen neither market, stage nor a loyalty type, so nothing decides the fit yet. */
  level: FitLevel | null;
  reasons: FitReason[];
}

export interface Business {
  market: IncentivesState['market'];
  stage: IncentivesState['stage'];
  loyaltyTypes: readonly LoyaltyType[];
}

/** The level a loyalty type gives a program type: listed as good, listed as poor, otherwise possible. */
export function loyaltyFit(type: ProgramType, loyaltyType: LoyaltyType): FitLevel {
  const content = LOYALTY_TYPE_CONTENT[loyaltyType];
  if (content.good.includes(type)) return 'good';
  if (content.poor.includes(type)) return 'poor';
  return 'possible';
}

/**
 * The loyalty types found speak with one voice: the level most of them give, possible on a tie. Counting each
 * loyalty type as a vote of its own would let a participant who ticks five of them outvote their market and stage.
 */
function loyaltyVote(levels: readonly FitLevel[]): FitLevel | null {
  if (levels.length === 0) return null;
  const good = levels.filter((level) => level === 'good').length;
  const poor = levels.filter((level) => level === 'poor').length;
  return good > poor ? 'good' : poor > good ? 'poor' : 'possible';
}

/**
 * How well a program type suits the participant's business. Three votes — the market, the stage and the loyalty
 * types taken together — each good, possible or poor; a vote not yet given is left out. The type fits well when
 * most of the votes cast speak for it and none against; poorly when more speak against it than for; otherwise it
 * is possible. A single poor vote keeps a type from "good" (one reason it fails is enough to think twice), and one
 * good vote among three is not enough: most types suit a consumer market, so B2C alone would call nearly all good.
 */
export function typeFit(type: ProgramType, business: Business): TypeFit {
  const fit = PROGRAM_TYPE_FIT[type];
  const reasons: FitReason[] = [];
  if (business.market !== null) {
    const note = fit.market[business.market];
    reasons.push({ factor: 'market', market: business.market, level: note.level, subject: MARKET_NAMES[business.market], why: note.why });
  }
  if (business.stage !== null) {
    const note = fit.stage[business.stage];
    reasons.push({ factor: 'stage', stage: business.stage, level: note.level, subject: LIFE_CYCLE_STAGE_NAMES[business.stage], why: note.why });
  }
  const loyaltyLevels: FitLevel[] = [];
  for (const loyaltyType of business.loyaltyTypes) {
    const level = loyaltyFit(type, loyaltyType);
    const content = LOYALTY_TYPE_CONTENT[loyaltyType];
    loyaltyLevels.push(level);
    reasons.push({ factor: 'loyalty', loyaltyType, level, subject: content.name, why: level === 'good' ? content.goodWhy : level === 'poor' ? content.poorWhy : null });
  }
  const votes = [...reasons.filter((reason) => reason.factor !== 'loyalty').map((reason) => reason.level), loyaltyVote(loyaltyLevels)].filter(
    (vote): vote is FitLevel => vote !== null,
  );
  return { level: combineVotes(votes), reasons };
}

function combineVotes(votes: readonly FitLevel[]): FitLevel | null {
  if (votes.length === 0) return null;
  const good = votes.filter((vote) => vote === 'good').length;
  const poor = votes.filter((vote) => vote === 'poor').length;
  if (poor > good) return 'poor';
  if (poor === 0 && good > votes.length / 2) return 'good';
  return 'possible';
}

/** Every program type's fit for the business, in the seminar's order. */
export function fitByType(business: Business): Record<ProgramType, TypeFit> {
  // Cast: fromEntries loses the key type; the entries are exactly PROGRAM_TYPES.
  return Object.fromEntries(PROGRAM_TYPES.map((type) => [type, typeFit(type, business)])) as Record<ProgramType, TypeFit>;
}

/** Just the levels, which is what the ranking breaks ties with. */
export function fitLevels(business: Business): Record<ProgramType, FitLevel | null> {
  // Cast: fromEntries loses the key type; the entries are exactly PROGRAM_TYPES.
  return Object.fromEntries(PROGRAM_TYPES.map((type) => [type, typeFit(type, business).level])) as Record<ProgramType, FitLevel | null>;
}
