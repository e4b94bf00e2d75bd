/** Heading levels the import block may take: it sits under a step (h2) or under a section of one (h3). */
export type ImportHeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * The tag for a heading `level` deep, capped at h6. Typed as 'h3' because every h1–h6 takes the same props
 * (HTMLHeadingElement), so one JSX type serves them all.
 */
export function headingTag(level: number): 'h3' {
  // Cast: the level is clamped to 2..6, so the tag is one of h2–h6.
  return `h${Math.min(Math.max(Math.round(level), 2), 6)}` as 'h3';
}
