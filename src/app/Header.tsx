import { useWorkbookStore } from '../store/workbookStore';
import { isOneOf } from '../data/oneOf';
import { useT } from '../i18n/useI18n';
import { LOCALES, type Locale } from '../i18n/locale';
import { CURRENCIES } from '../i18n/format';
import { Foldable } from '../ui/Foldable';
import { BackupControls } from './BackupControls';

/** Each language names itself, so a user who cannot read the current one still finds theirs. */
const LANGUAGE_NAMES: Record<Locale, string> = { ru: 'Русский', en: 'English', zh: '中文' };

export function Header() {
  const t = useT();
  const settings = useWorkbookStore((store) => store.settings);
  const { setLocale, setCurrency, setPresenter } = useWorkbookStore.getState();
  return (
    <header className="header">
      <a className="header__brand" href="#/">
        <img src="./favicon.svg" alt="" width={32} height={32} />
        <span className="header__title">{t('app.title')}</span>
      </a>
      {/* On a phone the tools fold behind one button, so the step, not the settings, fills the first screen. */}
      <Foldable label={t('header.menu')} className="header__tools" toggleClassName="header__menu">
        <label className="header__select">
          <span>{t('header.language')}</span>
          <select value={settings.locale} onChange={(event) => isOneOf(LOCALES, event.target.value) && setLocale(event.target.value)}>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {LANGUAGE_NAMES[locale]}
              </option>
            ))}
          </select>
        </label>
        {settings.presenter ? null : (
          <>
            <label className="header__select">
              <span>{t('header.currency')}</span>
              <select value={settings.currency} onChange={(event) => isOneOf(CURRENCIES, event.target.value) && setCurrency(event.target.value)}>
                {CURRENCIES.map((currency) => (
                  <option key={currency} value={currency}>
                    {t(`currency.${currency}`)}
                  </option>
                ))}
              </select>
            </label>
            <BackupControls />
          </>
        )}
        <button
          type="button"
          className="button header__presenter"
          aria-pressed={settings.presenter}
          title={t('header.presenterHint')}
          onClick={() => setPresenter(!settings.presenter)}
        >
          {settings.presenter ? t('header.presenterOn') : t('header.presenter')}
        </button>
      </Foldable>
    </header>
  );
}
