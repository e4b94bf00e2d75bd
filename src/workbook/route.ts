import { useSyncExternalStore } from 'react';

/**
 * Hash routes keep the app a plain static folder: any host serves it, and a reload lands on the same page.
 *   #/                          home catalogue
 *   #/ex/<exerciseId>           an exercise, on the step the user left it
 *   #/ex/<exerciseId>/<stepId>  a given step
 *   #/ex/<exerciseId>/report    every step at once, for printing
 *   #/trainer/group             the trainer's group view of the teams' hand-ins
 *   #/trainer/board             the trainer's team competition board
 */
export type Route =
  | { page: 'home' }
  | { page: 'exercise'; exerciseId: string; stepId: string | null }
  | { page: 'report'; exerciseId: string }
  | { page: 'trainer'; view: TrainerView };

export const TRAINER_VIEWS = ['group', 'board'] as const;
export type TrainerView = (typeof TRAINER_VIEWS)[number];

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'ex' && parts[1]) {
    if (parts[2] === 'report') return { page: 'report', exerciseId: parts[1] };
    return { page: 'exercise', exerciseId: parts[1], stepId: parts[2] ?? null };
  }
  if (parts[0] === 'trainer') return { page: 'trainer', view: parts[1] === 'board' ? 'board' : 'group' };
  return { page: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'exercise':
      return `#/ex/${encodeURIComponent(route.exerciseId)}${route.stepId ? `/${encodeURIComponent(route.stepId)}` : ''}`;
    case 'report':
      return `#/ex/${encodeURIComponent(route.exerciseId)}/report`;
    case 'trainer':
      return `#/trainer/${route.view}`;
  }
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = routeHref(route);
  if (options.replace) window.history.replaceState(null, '', href);
  else window.location.hash = href;
  if (options.replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  return parseRoute(hash);
}
