import { useEffect } from 'react';
import { useWorkbookStore } from '../store/workbookStore';

/** Typing in a field must never toggle the projector layout. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** P toggles presenter mode, Escape leaves it: a trainer at the projector has no mouse at hand. */
export function usePresenterShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const store = useWorkbookStore.getState();
      if (event.key === 'p' || event.key === 'P' || event.key === 'з' || event.key === 'З') {
        event.preventDefault();
        store.setPresenter(!store.settings.presenter);
      } else if (event.key === 'Escape' && store.settings.presenter && !document.querySelector('dialog[open]')) {
        store.setPresenter(false);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
