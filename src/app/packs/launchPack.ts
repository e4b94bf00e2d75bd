import { create } from 'zustand';

/**
 * `?pack=<name>` in the address: the pack the trainer put beside the hosted app (`packs/<name>.json`). The launch
 * options note it; the starter pack control in the header fetches it and asks before anything changes.
 */
interface LaunchPack {
  /** The name as given in the address (checked when it is fetched), or null. */
  requested: string | null;
  request: (name: string) => void;
  done: () => void;
}

export const useLaunchPack = create<LaunchPack>()((set) => ({
  requested: null,
  request: (name) => set({ requested: name }),
  done: () => set({ requested: null }),
}));

/** The pack's address on the host: relative to the app, so it is fetched from the app's own origin and folder. */
export function packUrl(name: string): string {
  return `./packs/${name}.json`;
}
