import { create } from 'zustand';
import type { WaveData } from './useWaveData';

/**
 * Which wave the answers, results and plan steps look at. Shared across the steps for the session (moving from
 * results to the plan keeps the wave) but not persisted: on a new visit the latest wave is the natural start.
 */
const useSelection = create<{ waveId: string | null; select: (waveId: string) => void }>((set) => ({
  waveId: null,
  select: (waveId) => set({ waveId }),
}));

export function useSelectedWave(waves: readonly WaveData[]): { selected: WaveData | null; select: (waveId: string) => void } {
  const waveId = useSelection((store) => store.waveId);
  const select = useSelection((store) => store.select);
  const selected = waves.find((wave) => wave.wave.id === waveId) ?? waves[waves.length - 1] ?? null;
  return { selected, select };
}

/** For tests: each starts on the latest wave. */
export function resetSelectedWave(): void {
  useSelection.setState({ waveId: null });
}
