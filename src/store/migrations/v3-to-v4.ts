import type { Migration } from './index';

/**
 * Version 4 remembers which steps the user opened (`visitedSteps`), so progress can count a results step as done
 * once it was seen. Before it, only the steps left with "Next" and the step last open were recorded: those were
 * seen, and start the list. It also lets the currency follow the language: `currency: null` means "never
 * chosen". Roubles were everybody's default until then, whatever the language (a Chinese group saw ₽), so RUB
 * becomes null, which still shows roubles in Russian; any other currency was picked by hand and is kept.
 * Anything not shaped as expected is passed through for the schema to judge.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function seenSteps(entry: Record<string, unknown>): string[] {
  const completed = Array.isArray(entry.completedSteps) ? entry.completedSteps.filter((id): id is string => typeof id === 'string') : [];
  const current = typeof entry.currentStep === 'string' ? [entry.currentStep] : [];
  return [...new Set([...completed, ...current])];
}

export const v3ToV4: Migration = (stored) => {
  const settings = isRecord(stored.settings) && stored.settings.currency === 'RUB' ? { ...stored.settings, currency: null } : stored.settings;
  if (!isRecord(stored.exercises)) return { ...stored, settings };
  const exercises: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(stored.exercises)) {
    Object.defineProperty(exercises, id, {
      value: isRecord(entry) ? { ...entry, visitedSteps: seenSteps(entry) } : entry,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { ...stored, settings, exercises };
};
