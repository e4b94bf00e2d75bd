import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Turns = typeof import('../../../src/charts/drawingTurns');

/** A fresh queue per test: the module keeps one for the page. */
async function freshTurns(): Promise<Turns> {
  vi.resetModules();
  return import('../../../src/charts/drawingTurns');
}

describe('drawing turns', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws the first chart at once and the next only in a new task after the first is drawn', async () => {
    const { takeDrawingTurn } = await freshTurns();
    const drawn: string[] = [];
    const doneShares = takeDrawingTurn(() => drawn.push('shares'));
    const doneMetric = takeDrawingTurn(() => drawn.push('metric'));
    expect(drawn).toEqual(['shares']);

    vi.advanceTimersByTime(500);
    expect(drawn).toEqual(['shares']);

    doneShares();
    expect(drawn).toEqual(['shares']);
    vi.advanceTimersByTime(0);
    expect(drawn).toEqual(['shares', 'metric']);
    doneMetric();
  });

  it('skips a chart that went away before its turn, and passes on the turn of one that went away while drawing', async () => {
    const { takeDrawingTurn } = await freshTurns();
    const drawn: string[] = [];
    const doneFirst = takeDrawingTurn(() => drawn.push('first'));
    const doneGone = takeDrawingTurn(() => drawn.push('gone'));
    const doneLast = takeDrawingTurn(() => drawn.push('last'));
    doneGone();
    // Unmounted while its drawing was under way: the turn passes all the same.
    doneFirst();
    vi.advanceTimersByTime(0);
    expect(drawn).toEqual(['first', 'last']);
    doneLast();
  });

  it('passes on a turn held too long, so that a chart that cannot draw never leaves the others blank', async () => {
    const { takeDrawingTurn, STUCK_AFTER_MS } = await freshTurns();
    const drawn: string[] = [];
    const doneStuck = takeDrawingTurn(() => drawn.push('stuck'));
    const doneNext = takeDrawingTurn(() => drawn.push('next'));
    vi.advanceTimersByTime(STUCK_AFTER_MS - 1);
    expect(drawn).toEqual(['stuck']);
    vi.advanceTimersByTime(1);
    // The next turn's task is queued by the stuck timer's own task; the fake clock runs it a tick later.
    vi.advanceTimersByTime(1);
    expect(drawn).toEqual(['stuck', 'next']);
    // The stuck chart saying it is done at last changes nothing for the one now drawing, nor does saying it twice.
    doneStuck();
    doneStuck();
    const doneThird = takeDrawingTurn(() => drawn.push('third'));
    vi.advanceTimersByTime(0);
    expect(drawn).toEqual(['stuck', 'next']);
    doneNext();
    vi.advanceTimersByTime(0);
    expect(drawn).toEqual(['stuck', 'next', 'third']);
    doneThird();
  });

  it('draws at once again when the queue has emptied', async () => {
    const { takeDrawingTurn } = await freshTurns();
    const drawn: string[] = [];
    takeDrawingTurn(() => drawn.push('one'))();
    vi.advanceTimersByTime(0);
    const doneTwo = takeDrawingTurn(() => drawn.push('two'));
    expect(drawn).toEqual(['one', 'two']);
    doneTwo();
  });
});
