import { useMemo } from 'react';
import { tornado, type ProgramInputs, type TornadoBar } from '../../model';

/** How many bars the chart shows: beyond eight the labels no longer fit a projected slide. */
export const TORNADO_SHOWN = 8;

/** The model's tornado (±20 % of each input, sorted by swing); `inputs` must be memoised by the caller. */
export function useTornado(inputs: ProgramInputs): { bars: TornadoBar[]; top: TornadoBar | null } {
  return useMemo(() => {
    const bars = tornado(inputs);
    const first = bars[0];
    // A zero swing names nothing: every input leaves ROI where it is (or ROI is undefined).
    return { bars, top: first && first.swing > 0 ? first : null };
  }, [inputs]);
}

/** The ROI range a bar spans, lowest first, for "ROI moves from … to …" (a cut input may raise ROI). */
export function roiRange(bar: TornadoBar): [number, number] | null {
  if (bar.low === null || bar.high === null) return null;
  return bar.low <= bar.high ? [bar.low, bar.high] : [bar.high, bar.low];
}
