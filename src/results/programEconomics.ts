import { z } from 'zod/mini';
import { defineResultKind } from '../workbook/results';
import { programFiguresSchema } from './programFigures';

/** "program-design/economics": the designed program's name and figures, which the ROI exercise takes in and evaluates. */
export const programEconomicsKind = defineResultKind({
  id: 'program-design/economics',
  version: 1,
  schema: z.object({
    programName: z.string(),
    figures: programFiguresSchema,
  }),
});

export type ProgramEconomics = z.infer<typeof programEconomicsKind.schema>;
