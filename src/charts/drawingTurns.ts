/**
 * Charts on a page draw for the first time one after another, each in a task of its own. recharts draws a chart in
 * the commit that mounts it: the chart's settings reach its store in layout effects, and the store's updates render
 * synchronously. Two charts that appeared together were therefore one long task (a segment profile's two charts at a
 * million lines: over 100 ms); in turns, each is a shorter one, and the page answers in between.
 *
 * A chart asks for its turn when it mounts and says it is done once drawn (or when it goes away). The next turn starts
 * in a new task. A turn never held longer than STUCK_AFTER_MS passes on anyway, so that a chart that cannot draw never
 * keeps the others blank.
 */
export const STUCK_AFTER_MS = 1_000;

interface Turn {
  draw: () => void;
  stuck: ReturnType<typeof setTimeout> | null;
}

const waiting: Turn[] = [];
let drawing: Turn | null = null;

/** Queues a first drawing; returns `done`, to be called once the chart is drawn or gone (calling it again is harmless). */
export function takeDrawingTurn(draw: () => void): () => void {
  const turn: Turn = { draw, stuck: null };
  waiting.push(turn);
  passTurn();
  let finished = false;
  return () => {
    if (finished) return;
    finished = true;
    const index = waiting.indexOf(turn);
    if (index >= 0) waiting.splice(index, 1);
    if (drawing === turn) endTurn(turn);
  };
}

function endTurn(turn: Turn) {
  if (turn.stuck !== null) clearTimeout(turn.stuck);
  drawing = null;
  // A new task: the drawn chart's commit and effects end the one it ran in.
  setTimeout(passTurn, 0);
}

function passTurn() {
  if (drawing !== null) return;
  const turn = waiting.shift();
  if (turn === undefined) return;
  drawing = turn;
  turn.stuck = setTimeout(() => {
    if (drawing === turn) endTurn(turn);
  }, STUCK_AFTER_MS);
  turn.draw();
}
