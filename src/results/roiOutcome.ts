import { z } from 'zod/mini';
import { defineResultKind } from '../workbook/results';
import { programFiguresSchema } from './programFigures';

/**
 * "program-roi/outcome": what the ROI exercise computed for its program figures — payback month and ROI over the
 * horizon — with the figures it used and where they came from, so a design can tell whether ROI evaluated it as it
 * is now. Offered only when the figures are complete and valid.
 */
export const roiOutcomeKind = defineResultKind({
  id: 'program-roi/outcome',
  version: 1,
  schema: z.object({
    figures: programFiguresSchema,
    /** First month whose cumulative net is ≥ 0; null: not within the horizon. */
    paybackMonth: z.nullable(z.int()),
    /** Net / program cost; null when the program costs nothing. */
    roi: z.nullable(z.number()),
    net: z.number(),
    programCost: z.number(),
    /** The sender of the figures, null when they were typed in ROI. */
    sentFrom: z.nullable(z.object({ exerciseId: z.string(), at: z.string(), programName: z.string() })),
  }),
});

export type RoiOutcome = z.infer<typeof roiOutcomeKind.schema>;
