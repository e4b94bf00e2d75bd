import { z } from 'zod/mini';

const share = z.nullable(z.number().check(z.minimum(0), z.maximum(1)));
const nonNegative = z.nullable(z.number().check(z.minimum(0)));

/**
 * A loyalty program's figures as the ROI model takes them (METHODS.md, "Program ROI"); null: not entered. The
 * program design fills them, the ROI exercise computes with them: one shape, declared here, that both read.
 */
export const programFiguresSchema = z.object({
  members: nonNegative,
  participation: share,
  baselineFrequency: nonNegative,
  averageCheck: nonNegative,
  margin: share,
  baselineRetention: share,
  frequencyUplift: z.nullable(z.number().check(z.minimum(-0.99))),
  checkUplift: z.nullable(z.number().check(z.minimum(-0.99))),
  retentionUplift: z.nullable(z.number().check(z.minimum(-1), z.maximum(1))),
  rewardRate: share,
  breakage: share,
  baselineRewardShare: share,
  setupCost: nonNegative,
  monthlyFixedCost: nonNegative,
  monthlyCostPerMember: nonNegative,
  horizonMonths: z.nullable(z.int().check(z.minimum(1), z.maximum(120))),
});

export type ProgramFigures = z.infer<typeof programFiguresSchema>;
// Cast: Object.keys loses the key type; the keys are the schema's own.
export const PROGRAM_FIGURE_KEYS = Object.keys(programFiguresSchema.shape) as (keyof ProgramFigures)[];

/** Two sets of figures hold the same numbers (a changed design, or figures edited in ROI since they were sent). */
export function sameFigures(a: ProgramFigures, b: ProgramFigures): boolean {
  return PROGRAM_FIGURE_KEYS.every((key) => a[key] === b[key]);
}
