import { z } from 'zod/mini';
import { defineResultKind } from '../workbook/results';

const localized = z.object({ ru: z.string(), en: z.string(), zh: z.string() });

/** The strategies a segment may be given; a reader acts on a strategy by its key, never by its name in a language. */
export const SEGMENT_STRATEGIES = ['develop', 'retain', 'winBack', 'serveCheaper', 'maintain', 'lookalikes'] as const;

/**
 * "segmentation/targets": the segments the participant made in the segmentation exercise and which of them are
 * targets, with the strategy and offer decided. The program design offers them as its target customers.
 */
export const segmentTargetsKind = defineResultKind({
  id: 'segmentation/targets',
  version: 1,
  schema: z.object({
    segments: z.array(
      z.object({
        key: z.string(),
        /** The participant's own name (same in every language), or the built-in name in each. */
        name: localized,
        target: z.boolean(),
        /** The strategy decided for it (develop, retain, …) in each language; null: none chosen. */
        strategy: z.nullable(localized),
        strategyKey: z.nullable(z.enum(SEGMENT_STRATEGIES)),
        offer: z.string(),
      }),
    ),
  }),
});

export type SegmentTargets = z.infer<typeof segmentTargetsKind.schema>;
