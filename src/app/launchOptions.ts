import { isLocale } from '../i18n/locale';
import { useWorkbookStore } from '../store/workbookStore';
import { useLaunchPack } from './packs/launchPack';

/**
 * `?lang=zh` and `?presenter=1` in the address: a trainer can hand out or bookmark a link that opens
 * in the right language or straight on the projector layout (screenshots use them too). `?pack=<name>` offers the
 * trainer's starter pack placed beside the app (src/app/packs/StarterPackOpener.tsx asks before it changes anything).
 */
export function applyLaunchOptions(search: string): void {
  const params = new URLSearchParams(search);
  const store = useWorkbookStore.getState();
  const lang = params.get('lang');
  if (isLocale(lang)) store.setLocale(lang);
  const presenter = params.get('presenter');
  if (presenter === '1' || presenter === 'true') store.setPresenter(true);
  if (presenter === '0' || presenter === 'false') store.setPresenter(false);
  const pack = params.get('pack');
  if (pack !== null) useLaunchPack.getState().request(pack);
}
