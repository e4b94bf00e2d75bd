/**
 * A fresh id for a touchpoint, an idea or an occasion. Ideas, staff notes and actions refer to ids, so an id is
 * never a position and never one already taken: time plus a random tail, drawn again on the rare clash.
 */
export function newId(prefix: string, taken: ReadonlySet<string>, random: () => number = Math.random): string {
  for (;;) {
    const id = `${prefix}-${Date.now().toString(36)}-${random().toString(36).slice(2, 7)}`;
    if (!taken.has(id)) return id;
  }
}

/** Every id the state holds, whatever it names, so a new one clashes with none. */
export function takenIds(state: { touchpoints: readonly { id: string }[]; ideas: readonly { id: string }[] }): Set<string> {
  return new Set([...state.touchpoints.map((entry) => entry.id), ...state.ideas.map((entry) => entry.id)]);
}
