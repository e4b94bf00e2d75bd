/**
 * Whether a string is one of a list's literals: a <select>, a URL or a file hands back any string, and this
 * narrows it without a cast. Widening the list to `readonly string[]` is safe: it only reads.
 */
export function isOneOf<T extends string>(options: readonly T[], value: string | null | undefined): value is T {
  // Cast: widening the list to strings only reads it.
  return value !== null && value !== undefined && (options as readonly string[]).includes(value);
}
