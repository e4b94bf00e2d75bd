import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { afterEach, expect } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Steps are lazy modules: their first import is transformed on demand, which on a loaded two-core machine
// takes seconds. findBy* waits for them instead of failing after the default second.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// A component test renders steps and pages as the app does, after the app has loaded what they read on demand (an
// exercise's demo, another's offered result): loaded here once, so a test looks at the step, not at its loading line.
// Model tests do not pay for it; one that reads a demo loads it itself (test/builders/onDemand.ts).
if (expect.getState().testPath?.includes('/test/component/') && !process.env.NO_PRELOAD) {
  const [{ exercises }, { loadOnDemandParts }] = await Promise.all([import('../exercises'), import('./builders/onDemand')]);
  await loadOnDemandParts(exercises);
}
