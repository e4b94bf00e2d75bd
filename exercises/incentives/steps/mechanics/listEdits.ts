/** A removed item and where it stood, so an undo puts it back in its place with its id (and its drafts). */
export interface Removed<T> {
  item: T;
  index: number;
}

/** The list with the item at `index` swapped with its neighbour `by` places away; unchanged at either end. */
export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  const moving = items[index];
  const other = items[target];
  if (moving === undefined || other === undefined) return [...items];
  const next = [...items];
  next[index] = other;
  next[target] = moving;
  return next;
}

/** Puts a removed item back where it stood (or last, if the list has since become shorter). */
export function restoreItem<T>(items: readonly T[], removed: Removed<T>): T[] {
  const index = Math.min(removed.index, items.length);
  return [...items.slice(0, index), removed.item, ...items.slice(index)];
}
