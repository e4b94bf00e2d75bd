import type { KanoAnswer } from '../state';

/** A attractive, O one-dimensional, M must-be, I indifferent, R reverse, Q questionable. */
export const KANO_CATEGORIES = ['A', 'O', 'M', 'I', 'R', 'Q'] as const;
export type KanoCategory = (typeof KANO_CATEGORIES)[number];

/**
 * Row = answer to the functional question (feature present), column = answer to the dysfunctional
 * one (feature absent). Berger et al. 1993, as in METHODS.md.
 */
export const KANO_EVALUATION_TABLE: Record<KanoAnswer, Record<KanoAnswer, KanoCategory>> = {
  like: { like: 'Q', mustBe: 'A', neutral: 'A', liveWith: 'A', dislike: 'O' },
  mustBe: { like: 'R', mustBe: 'I', neutral: 'I', liveWith: 'I', dislike: 'M' },
  neutral: { like: 'R', mustBe: 'I', neutral: 'I', liveWith: 'I', dislike: 'M' },
  liveWith: { like: 'R', mustBe: 'I', neutral: 'I', liveWith: 'I', dislike: 'M' },
  dislike: { like: 'R', mustBe: 'R', neutral: 'R', liveWith: 'R', dislike: 'Q' },
};

export function evaluateAnswerPair(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoCategory {
  return KANO_EVALUATION_TABLE[functional][dysfunctional];
}
