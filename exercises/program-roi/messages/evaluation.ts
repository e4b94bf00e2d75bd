import { en } from './evaluationEn';
import { ru } from './evaluationRu';
import { zh } from './evaluationZh';

/** One file per language: Russian (evaluationRu.ts) is the reference whose keys the others must have. */
export const evaluationMessages = { ru, en, zh };
export type { EvaluationKey } from './evaluationRu';
