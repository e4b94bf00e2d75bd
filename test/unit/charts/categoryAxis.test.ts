import { describe, expect, it } from 'vitest';
import { bottomAxis, keyEntries, layoutCategories, numberAxisWidth, sideAxis, TICK_SPACE } from '../../../src/charts/categoryAxis';

const mono = (text: string) => text.length * 10;

const STATEMENTS = [
  { key: '13', name: 'Сотрудники компании никогда не бывают настолько заняты, чтобы не ответить на просьбу клиента.' },
  { key: '2', name: 'Помещения компании выглядят привлекательно.' },
];

describe('layoutCategories', () => {
  it('writes the names when each fits in the lines allowed', () => {
    const layout = layoutCategories(
      [
        { key: '1', name: 'Надёжность' },
        { key: '2', name: 'Эмпатия' },
      ],
      { measure: mono, maxWidth: 200, maxLines: 2 },
    );
    expect(layout.kind).toBe('names');
    expect(layout.lines.get('1')).toEqual(['Надёжность']);
    expect(layout.width).toBe(100);
    expect(layout.lineCount).toBe(1);
  });

  it('writes the text given for the axis, not the bare name', () => {
    const layout = layoutCategories([{ key: '13', name: 'Сотрудники заняты', text: '13. Сотрудники заняты' }], { measure: mono, maxWidth: 500, maxLines: 1 });
    expect(layout.lines.get('13')).toEqual(['13. Сотрудники заняты']);
  });

  it('falls back to the keys when a name needs more lines than allowed', () => {
    // 30 characters of room: the first statement needs 4 lines, more than 3.
    const layout = layoutCategories(STATEMENTS, { measure: mono, maxWidth: 300, maxLines: 3 });
    expect(layout.kind).toBe('keys');
    expect(layout.lines.get('13')).toEqual(['13']);
    expect(layout.lines.get('2')).toEqual(['2']);
    expect(layout.width).toBe(20);
    expect(keyEntries(layout, STATEMENTS)).toEqual(STATEMENTS);
  });

  it('falls back to the keys rather than split a word', () => {
    // "Материальность" is 14 characters, the room 10: it could only be cut mid-word.
    const layout = layoutCategories([{ key: '1', name: 'Материальность' }], { measure: mono, maxWidth: 100, maxLines: 3 });
    expect(layout.kind).toBe('keys');
  });

  it('lists no key when the names are written', () => {
    const labels = [{ key: '1', name: 'Эмпатия' }];
    expect(keyEntries(layoutCategories(labels, { measure: mono, maxWidth: 100, maxLines: 1 }), labels)).toBeNull();
  });
});

describe('sideAxis', () => {
  it('gives the labels up to 40 % of a laptop chart, wrapped, and rows tall enough for their lines', () => {
    // 1000 px chart: room 400 − 12 = 388 px, 38 characters. The 93-character statement wraps onto 3 lines
    // (the widest 38 characters: "Сотрудники компании никогда не бывают"), so each row is
    // ceil(3 × 12 × 1.3 + 12 × 0.6) = ceil(46.8 + 7.2) = 54 px.
    const axis = sideAxis(STATEMENTS, { measure: mono, fontSize: 12, chartWidth: 1000 });
    expect(axis.kind).toBe('names');
    expect(axis.lineCount).toBe(3);
    expect(axis.lines.get('13')?.[0]).toBe('Сотрудники компании никогда не бывают');
    expect(axis.axisWidth).toBe(axis.width + TICK_SPACE);
    expect(axis.width).toBeLessThanOrEqual(388);
    expect(axis.rowHeight).toBe(54);
  });

  it('is as narrow as the longest name when all are short', () => {
    const axis = sideAxis([{ key: '1', name: 'Средний чек' }], { measure: mono, fontSize: 12, chartWidth: 1000 });
    expect(axis.axisWidth).toBe(110 + TICK_SPACE);
    expect(axis.rowHeight).toBe(Math.ceil(12 * 1.3 + 12 * 0.6));
  });

  it('leaves the bars at least 18 font sizes, so a narrow chart turns to numbers sooner', () => {
    // 300 px chart: half would be 150 px, but the bars keep 18 × 12 = 216 px, so the names get 84 − 12 = 72 px
    // (7 characters): "Средний" / "чек" / "покупки", 3 lines. Without that floor: 138 px, "Средний чек" / "покупки".
    const names = [{ key: '1', name: 'Средний чек покупки' }];
    expect(sideAxis(names, { measure: mono, fontSize: 12, chartWidth: 300, maxShare: 0.5 }).lines.get('1')).toEqual(['Средний', 'чек', 'покупки']);
    expect(sideAxis(names, { measure: mono, fontSize: 12, chartWidth: 300, maxShare: 0.5, maxLines: 2 }).kind).toBe('keys');
    expect(sideAxis(names, { measure: mono, fontSize: 12, chartWidth: 300, maxShare: 0.5, minPlot: 0, maxLines: 2 }).lines.get('1')).toEqual(['Средний чек', 'покупки']);
  });

  it('turns to numbers on a phone, the axis only as wide as the widest number', () => {
    // 300 px chart: room 120 − 12 = 108 px, 10 characters: the statement would need 10 lines.
    const axis = sideAxis(STATEMENTS, { measure: mono, fontSize: 12, chartWidth: 300 });
    expect(axis.kind).toBe('keys');
    expect(axis.axisWidth).toBe(20 + TICK_SPACE);
  });
});

describe('bottomAxis', () => {
  const DIMENSIONS = ['Материальность', 'Надёжность', 'Отзывчивость', 'Убедительность', 'Эмпатия'].map((name, index) => ({ key: String(index + 1), name }));

  it('writes the names under their bars when each has room', () => {
    // 1000 px over 5 categories: 200 − 9 = 191 px each; the longest name is 140 px. One line: 15.6 + 12 → 28 px.
    const axis = bottomAxis(DIMENSIONS, { measure: mono, fontSize: 12, plotWidth: 1000 });
    expect(axis.kind).toBe('names');
    expect(axis.axisHeight).toBe(28);
  });

  it('writes numbers when a one-word name is wider than its share', () => {
    // 500 px: 100 − 9 = 91 px each, and "Материальность" (140 px) cannot wrap.
    const axis = bottomAxis(DIMENSIONS, { measure: mono, fontSize: 12, plotWidth: 500 });
    expect(axis.kind).toBe('keys');
    expect(axis.lines.get('1')).toEqual(['1']);
  });
});

describe('numberAxisWidth', () => {
  it('fits the widest tick and the tick space', () => {
    expect(numberAxisWidth(['0', '−11,5 млн', '34,5 млн'], mono)).toBe(90 + TICK_SPACE);
  });
});
