import { isLocale } from '../i18n/locale';
import { useWorkbookStore } from '../store/workbookStore';

/**
 * `?lang=zh` and `?presenter=1` in the address: a trainer can hand out or bookmark a link that opens
 * in the right language or straight on the projector layout (screenshots use them too).
 */
export function applyLaunchOptions(search: string): void {
  const params = new URLSearchParams(search);
  const store = useWorkbookStore.getState();
  const lang = params.get('lang');
  if (isLocale(lang)) store.setLocale(lang);
  const presenter = params.get('presenter');
  if (presenter === '1' || presenter === 'true') store.setPresenter(true);
  if (presenter === '0' || presenter === 'false') store.setPresenter(false);
}
