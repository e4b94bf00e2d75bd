import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../src/charts/measureText';
import { wrapText } from '../../../src/charts/wrapText';

/** Every character 10 px wide: a line of n characters is 10·n px, easy to check by counting. */
const mono = (text: string) => text.length * 10;

describe('wrapText', () => {
  it('breaks between words, each line within the width, nothing dropped', () => {
    // 20 characters of room: "Сотрудники компании" is 19, adding " всегда" would make 26;
    // "всегда готовы помочь" is exactly 20, adding " клиенту." would make 29.
    const wrapped = wrapText('Сотрудники компании всегда готовы помочь клиенту.', 200, mono);
    expect(wrapped.lines).toEqual(['Сотрудники компании', 'всегда готовы помочь', 'клиенту.']);
    expect(wrapped.lines.join(' ')).toBe('Сотрудники компании всегда готовы помочь клиенту.');
    expect(wrapped.width).toBe(200);
    expect(wrapped.splitWord).toBe(false);
  });

  it('keeps a short label on one line, its width measured', () => {
    expect(wrapText('Доставка за 2 часа', 500, mono)).toEqual({ lines: ['Доставка за 2 часа'], width: 180, splitWord: false });
  });

  it('may break after the hyphen of a compound word', () => {
    // 15 characters: "Ежедневные push-" is 16, "push-уведомления" is 16, so the word parts go on lines of their own.
    expect(wrapText('Ежедневные push-уведомления', 150, mono).lines).toEqual(['Ежедневные', 'push-', 'уведомления']);
  });

  it('keeps a lone separator at the end of the line before it', () => {
    // "Волна 1 ·" is 9 characters, "12.02.2025" 10: the dot never starts a line.
    expect(wrapText('Волна 1 · 12.02.2025', 100, mono).lines).toEqual(['Волна 1 ·', '12.02.2025']);
  });

  it('breaks Chinese between characters, never before a closing mark', () => {
    // Each CJK glyph one font size (10 px): six fit in 60 px; "。" travels with the glyph before it.
    const measure = (text: string) => estimateTextWidth(text, 10);
    const wrapped = wrapText('该公司员工总是乐于帮助客户。', 60, measure);
    expect(wrapped.lines).toEqual(['该公司员工总', '是乐于帮助客', '户。']);
    expect(wrapped.lines.join('')).toBe('该公司员工总是乐于帮助客户。');
    expect(wrapText('该公司员工总。是', 60, measure).lines).toEqual(['该公司员工', '总。是']);
  });

  it('splits a word wider than the room between letters, and says so', () => {
    const wrapped = wrapText('Сверхдлинноеслово', 100, mono);
    expect(wrapped.lines).toEqual(['Сверхдлинн', 'оеслово']);
    expect(wrapped.splitWord).toBe(true);
  });

  it('never shortens: no ellipsis, every character kept', () => {
    const text = 'Печатные и электронные материалы компании (буклеты, договоры, счета) понятны и приятно оформлены.';
    for (const width of [60, 120, 250, 2000]) {
      const wrapped = wrapText(text, width, mono);
      expect(wrapped.lines.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      expect(wrapped.lines.some((line) => line.includes('…'))).toBe(false);
    }
  });
});
