import type { AnyExercise } from '../src/workbook/contract';
import { customerBase } from './customer-base';
import { emotionalLoyalty } from './emotional-loyalty';
import { incentives } from './incentives';
import { kano } from './kano';
import { loyaltyMeasurement } from './loyalty-measurement';
import { programDesign } from './program-design';
import { programRoi } from './program-roi';
import { promoProduct } from './promo-product';
import { segmentation } from './segmentation';
import { servqual } from './servqual';

/** Every exercise of the workbook, in the seminar's order. Adding one is one line here. */
export const exercises: readonly AnyExercise[] = [customerBase, emotionalLoyalty, incentives, kano, loyaltyMeasurement, programDesign, programRoi, promoProduct, segmentation, servqual].sort((a, b) => a.order - b.order);

export function findExercise(id: string): AnyExercise | undefined {
  return exercises.find((exercise) => exercise.id === id);
}
