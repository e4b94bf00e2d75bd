import { missingRequired, normalizeHeader, proposeMapping } from '../../../../src/data/import/mapping';
import { SALES } from './fixtures';

describe('normalizeHeader', () => {
  it('lowercases, reads ё as е, collapses punctuation and sets units aside', () => {
    expect(normalizeHeader('Сумма, руб.')).toEqual({ full: 'сумма руб', base: 'сумма' });
    expect(normalizeHeader('Amount (RUB)')).toEqual({ full: 'amount rub', base: 'amount' });
    expect(normalizeHeader('  Учёт   клиентов ')).toEqual({ full: 'учет клиентов', base: 'учет клиентов' });
    expect(normalizeHeader('金额（元）')).toEqual({ full: '金额 元', base: '金额' });
  });
});

describe('proposeMapping', () => {
  it('maps Russian headers by label and synonym, units and case aside', () => {
    expect(proposeMapping(['Дата покупки', 'Покупатель', 'Сумма, руб.', 'Участник'], SALES)).toEqual({ date: 0, customer: 1, amount: 2, member: 3 });
  });

  it('maps English and Chinese headers, whatever the interface language', () => {
    expect(proposeMapping(['Customer', 'Order date', 'Amount (RUB)'], SALES)).toEqual({ date: 1, customer: 0, amount: 2, member: null });
    expect(proposeMapping(['客户', '日期', '金额（元）', '是否会员'], SALES)).toEqual({ date: 1, customer: 0, amount: 2, member: 3 });
  });

  it('prefers an exact name over one that merely contains a synonym, and uses each column once', () => {
    // "Клиент ID" starts with the label and comes first, but the exact "Клиент" wins; so does "Сумма" over "Итого сумма".
    expect(proposeMapping(['Клиент ID', 'Клиент', 'Итого сумма', 'Сумма'], SALES)).toEqual({ date: null, customer: 1, amount: 3, member: null });
  });

  it('falls back to a header that starts with or contains a synonym, on whole words', () => {
    expect(proposeMapping(['Дата чека', 'Клиент (карта)', 'Итого сумма'], SALES)).toEqual({ date: 0, customer: 1, amount: 2, member: null });
    // "Clients" is not the word "client": no match rather than a wrong one.
    expect(proposeMapping(['Clients'], SALES).customer).toBeNull();
  });

  it('leaves unmatched columns empty and lists the required ones missing', () => {
    const mapping = proposeMapping(['Комментарий', 'Сумма'], SALES);
    expect(mapping).toEqual({ date: null, customer: null, amount: 1, member: null });
    expect(missingRequired(mapping, SALES)).toEqual(['date', 'customer']);
  });
});
