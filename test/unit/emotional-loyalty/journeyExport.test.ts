import { describe, expect, it } from 'vitest';
import { demoEmotionalState } from '../../../exercises/emotional-loyalty/demo';
import { emotionalNames } from '../../../exercises/emotional-loyalty/content/names';
import { journeySheets } from '../../../exercises/emotional-loyalty/export/journey';
import { ideasSheets } from '../../../exercises/emotional-loyalty/export/ideas';
import { editIdea } from '../../../exercises/emotional-loyalty/model/ideas';
import { isNumberCell, type CellValue } from '../../../src/data/sheet';

const numberOf = (cell: CellValue | undefined) => (isNumberCell(cell) ? cell.value : cell);

describe('the journey, staff and ideas sheets', () => {
  it('lists the journey in order with names in the export’s language and idea counts as numbers', () => {
    const state = demoEmotionalState('en');
    const [journey, staff] = journeySheets(state, emotionalNames('en'), { locale: 'en' });
    expect(journey?.name).toBe('Customer journey');
    expect(journey?.rows[0]).toEqual(['Type of business', 'Shop, café, retail']);
    const body = journey?.rows.slice(3) ?? [];
    expect(body).toHaveLength(10);
    expect(body[0]?.slice(1, 4)).toEqual(['Hears about us from friends, social media or a map', 'Prospect', 'Curiosity']);
    // The demo's shop-enter holds two ideas (first-visit treat, kids' corner).
    expect(numberOf(body[2]?.[6])).toBe(2);
    expect(body[2]?.[6]).toMatchObject({ format: 'decimal', decimals: 0 });
    expect(staff?.name).toBe('Staff');
    const enter = staff?.rows.find((row) => row[1] === 'Comes in for the first time and looks around');
    expect(enter?.slice(3)).toEqual(['Attentive without being pushy; Sincere, never fawning', 'Greet every guest within five seconds, with a look and a word; offer a taste, not a sale.']);
  });

  it('writes every idea whole, edited or not, with cost and effect as numbers', () => {
    const demo = demoEmotionalState('ru');
    const state = editIdea(demo, 'i-04', { title: 'Субботние дегустации' });
    const [sheet] = ideasSheets(state, emotionalNames('ru'), { locale: 'ru' });
    expect(sheet?.name).toBe('Идеи');
    const rows = sheet?.rows.slice(1) ?? [];
    expect(rows).toHaveLength(15);
    const tasting = rows.find((row) => row[3] === 'Субботние дегустации');
    expect(tasting?.[4]).toBe('Праздничная дегустация или лёгкий фуршет: лучшие образцы и новинки, которые можно попробовать без обязательств.');
    expect(tasting?.[5]).toBe('Библиотека, изменена');
    expect([numberOf(tasting?.[6]), numberOf(tasting?.[7])]).toEqual([2, 4]);
    expect(tasting?.[8]).toBe('да');
    // Journey order: the storefront's tour (place 2) comes before the first-visit treat (place 3).
    expect(rows.map((row) => numberOf(row[0])).slice(0, 3)).toEqual([2, 3, 3]);
  });
});
