import { Suspense, lazy } from 'react';
import { useWorkbookStore } from '../store/workbookStore';
import { isOneOf } from '../data/oneOf';
import { useMessages, useT } from '../i18n/useI18n';
import { LOCALES, type Locale } from '../i18n/locale';
import { CURRENCIES, currencySign, LANGUAGE_CURRENCY } from '../i18n/format';
import { Foldable } from '../ui/Foldable';
import { workbookMessages } from './workbookMessages';
import { TeamField } from '../handin/TeamField';

// Restoring a backup (reading, checking and comparing a file) is code few visits use: it loads after the page.
const BackupControls = lazy(() => import('./BackupControls').then((module) => ({ default: module.BackupControls })));

/** Each language names itself, so a user who cannot read the current one still finds theirs. */
const LANGUAGE_NAMES: Record<Locale, string> = { ru: 'Русский', en: 'English', zh: '中文' };

export function Header() {
  const t = useT();
  const tw = useMessages(workbookMessages);
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
        {/* First, and kept in presenter mode: the projected screen says whose work it is. */}
        <TeamField />
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
        {/* Kept in presenter mode: a trainer facing a group from another country sets their money in front of it. */}
        <label className="header__select">
          <span>{t('header.currency')}</span>
          {/* The empty value is "never chosen": money then follows the language. */}
          <select value={settings.currency ?? ''} onChange={(event) => setCurrency(isOneOf(CURRENCIES, event.target.value) ? event.target.value : null)}>
            {/* Short, with the select as wide as the option shown (styles.css): the header fits one row less. */}
            <option value="">{tw('currency.byLanguageShort', { sign: currencySign(settings.locale, LANGUAGE_CURRENCY[settings.locale]) })}</option>
            {CURRENCIES.map((currency) => (
              <option key={currency} value={currency}>
                {t(`currency.${currency}`)}
              </option>
            ))}
          </select>
        </label>
        {settings.presenter ? null : (
          <Suspense fallback={null}>
            <BackupControls />
          </Suspense>
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
