import { describe, expect, it } from 'vitest';
import { shellMessages } from '../../../src/i18n/shell';
import { translator } from '../../../src/i18n/translate';
import { detectLocale, LOCALES } from '../../../src/i18n/locale';
import { createFormatters } from '../../../src/i18n/format';
import type { Message } from '../../../src/i18n/messages';

function placeholders(message: Message): string[] {
  const templates = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(templates.flatMap((template) => [...(template ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')))].sort();
}

describe('shell messages', () => {
  it('have the same keys and the same placeholders in ru, en and zh', () => {
    const reference = shellMessages.ru;
    for (const locale of LOCALES) {
      const dictionary = shellMessages[locale];
      expect(Object.keys(dictionary).sort()).toEqual(Object.keys(reference).sort());
      for (const key of Object.keys(reference) as (keyof typeof reference)[]) {
        expect(placeholders(dictionary[key]), `${locale}:${key}`).toEqual(placeholders(reference[key]));
        expect(typeof dictionary[key] === 'string' ? dictionary[key] : 'plural', `${locale}:${key} is empty`).not.toBe('');
      }
    }
  });

  it('choose Russian plural forms through Intl.PluralRules', () => {
    const t = translator(shellMessages, 'ru');
    expect(t('home.stepsDone', { count: 1, total: 4 })).toBe('Выполнен 1 шаг из 4');
    expect(t('home.stepsDone', { count: 3, total: 4 })).toBe('Выполнено 3 шага из 4');
    expect(t('home.stepsDone', { count: 5, total: 7 })).toBe('Выполнено 5 шагов из 7');
    expect(t('home.stepsDone', { count: 21, total: 30 })).toBe('Выполнен 21 шаг из 30');
    expect(t('backup.progressSummary', { count: 11 })).toBe('11 шагов выполнено');
    expect(t('backup.progressSummary', { count: 22 })).toBe('22 шага выполнено');
  });

  it('uses English and Chinese forms', () => {
    expect(translator(shellMessages, 'en')('backup.progressSummary', { count: 1 })).toBe('1 step done');
    expect(translator(shellMessages, 'en')('backup.progressSummary', { count: 2 })).toBe('2 steps done');
    expect(translator(shellMessages, 'zh')('home.stepsDone', { count: 2, total: 4 })).toBe('已完成 2/4 步');
  });

  it('formats numbers in placeholders for the language', () => {
    expect(translator(shellMessages, 'ru')('validation.min', { min: 1500 })).toBe('Не меньше 1\u00a0500');
  });
});

describe('detectLocale', () => {
  it('follows the first supported browser language and falls back to Russian', () => {
    expect(detectLocale(['zh-CN', 'en'])).toBe('zh');
    expect(detectLocale(['de-DE', 'en-US'])).toBe('en');
    expect(detectLocale(['fr'])).toBe('ru');
    expect(detectLocale(undefined)).toBe('ru');
  });
});

describe('formatters', () => {
  it('write money, percents and dates in each language’s conventions', () => {
    const ru = createFormatters('ru', 'RUB');
    expect(ru.money(1234567)).toBe('1\u00a0234\u00a0567\u00a0₽');
    expect(ru.percent(0.125)).toBe('12,5\u00a0%');
    expect(ru.signedPercent(0.5)).toBe('+50\u00a0%');
    expect(ru.date('2026-11-22T10:00:00Z')).toBe('22.11.2026');
    const en = createFormatters('en', 'USD');
    expect(en.money(-1500)).toBe('−$1,500');
    // A change: the sign always, the real minus sign, none on a change that rounds to nothing.
    expect(ru.signedMoney(5000)).toBe('+5\u00a0000\u00a0₽');
    expect(en.signedMoney(-7500)).toBe('−$7,500');
    expect(ru.signedMoney(0.3)).toBe('0\u00a0₽');
    expect(ru.signedMoney(17.25, 2)).toBe('+17,25\u00a0₽');
    expect(en.percent(0.125)).toBe('12.5%');
    const zh = createFormatters('zh', 'CNY');
    expect(zh.money(1500)).toBe('¥1,500');
    expect(zh.date('2026-11-22T10:00:00Z')).toBe('2026年11月22日');
  });

  it('shorten large amounts for chart ticks, a loss with the real minus sign', () => {
    const ru = createFormatters('ru', 'RUB');
    expect(ru.compact(34_500_000)).toBe('34,5\u00a0млн');
    // Intl writes "-11,5 млн" with a hyphen; the axis reads like the figures in the text.
    expect(ru.compact(-11_500_000)).toBe('\u221211,5\u00a0млн');
    expect(createFormatters('en', 'USD').compact(-1_500)).toMatch(/^\u22121\.5k$/i);
    expect(createFormatters('zh', 'CNY').compact(1_500_000)).toBe('150万');
    expect(ru.compact(Number.NaN)).toBe('—');
  });

  it('never shows NaN or Infinity', () => {
    const ru = createFormatters('ru', 'RUB');
    expect(ru.number(Number.NaN)).toBe('—');
    expect(ru.money(Number.POSITIVE_INFINITY)).toBe('—');
    expect(ru.percent(Number.NaN)).toBe('—');
    expect(ru.date('not a date')).toBe('—');
  });
});
