import { mergeGroups, mergeLabels, setExcluded, suggestedExclusions, undoMerge } from '../../../exercises/promo-product/steps/receipts/cleanup';
import type { ReceiptSettings } from '../../../exercises/promo-product/state';

const asIs = (label: string) => label;
const SETTINGS: ReceiptSettings = { level: 'product', merges: {}, excluded: [] };

describe('suggested exclusions', () => {
  it('finds bags, delivery and services in ru, en and zh, as words', () => {
    const labels = ['Пакет майка', 'Доставка курьером', 'Услуга сборки', 'Carrier bag', 'Home delivery', 'Gift wrap service', '购物袋', '配送费', '安装服务', 'Молоко', 'Baguette', '袋装牛奶', 'Мешки для мусора', 'Bin bags', '垃圾袋'];
    expect(suggestedExclusions(labels, asIs, [])).toEqual(['Пакет майка', 'Доставка курьером', 'Услуга сборки', 'Carrier bag', 'Home delivery', 'Gift wrap service', '购物袋', '配送费', '安装服务']);
  });

  it('reads the name shown for a code, and leaves out what is already excluded', () => {
    const names: Record<string, string> = { 'svc.bag': 'Пакет', 'milk.classic': 'Молоко' };
    expect(suggestedExclusions(['svc.bag', 'milk.classic', 'Доставка'], (label) => names[label] ?? label, ['Доставка'])).toEqual(['svc.bag']);
  });
});

describe('merges', () => {
  it('reads the picked labels as the new name, and re-points merges into a picked label', () => {
    const first = mergeLabels(SETTINGS, ['Молоко 3,2%', 'молоко 3.2'], 'Молоко');
    expect(first.merges).toEqual({ 'Молоко 3,2%': 'Молоко', 'молоко 3.2': 'Молоко' });
    // "Молоко" is then merged with "Milk" under "Milk": the earlier merges follow it.
    const second = mergeLabels(first, ['Молоко', 'Milk'], 'Milk');
    expect(second.merges).toEqual({ 'Молоко 3,2%': 'Milk', 'молоко 3.2': 'Milk', Молоко: 'Milk' });
  });

  it('keeps a picked label as the name without a self-merge, and stops the new name being merged elsewhere', () => {
    const settings = { ...SETTINGS, merges: { a: 'b' } };
    expect(mergeLabels(settings, ['a', 'c'], 'a').merges).toEqual({ c: 'a' });
    expect(mergeLabels(settings, ['x', 'y'], '  ').merges).toEqual({ a: 'b' });
  });

  it('is undone per name, and listed by name', () => {
    const settings = { ...SETTINGS, merges: { b: 'Z', a: 'Z', c: 'Y' } };
    expect(mergeGroups(settings.merges, asIs)).toEqual([
      { into: 'Y', from: ['c'] },
      { into: 'Z', from: ['a', 'b'] },
    ]);
    expect(undoMerge(settings, 'Z').merges).toEqual({ c: 'Y' });
  });
});

describe('exclusions', () => {
  it('adds and removes labels once each', () => {
    const excluded = setExcluded(SETTINGS, ['Пакет', 'Доставка', 'Пакет'], true);
    expect(excluded.excluded).toEqual(['Пакет', 'Доставка']);
    expect(setExcluded(excluded, ['Пакет'], false).excluded).toEqual(['Доставка']);
  });
});
