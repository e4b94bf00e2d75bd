/** Small files built in the tests, so every fixture's content is visible next to what it checks. */
import * as XLSX from 'xlsx';
import type { ColumnSpec, DatasetSpec } from '../../../../src/data/spec';

// Windows-1251 for Cyrillic: А–я are 0xC0–0xFF in alphabetical order, Ё is 0xA8, ё is 0xB8.
export function cp1251(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out[i] = code;
    else if (code >= 0x410 && code <= 0x44f) out[i] = code - 0x410 + 0xc0;
    else if (code === 0x401) out[i] = 0xa8;
    else if (code === 0x451) out[i] = 0xb8;
    else if (code === 0xa0) out[i] = 0xa0;
    else throw new Error(`no Windows-1251 byte for U+${code.toString(16)}`);
  }
  return out;
}

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/**
 * UTF-16 as Excel's "Текст Юникод" writes it: little-endian with FF FE in front. Each UTF-16 code unit of
 * the string becomes two bytes, so a letter outside the BMP (an emoji) is its surrogate pair, four bytes.
 */
export function utf16(text: string, { bom = true, bigEndian = false }: { bom?: boolean; bigEndian?: boolean } = {}): Uint8Array {
  const start = bom ? 2 : 0;
  const out = new Uint8Array(start + text.length * 2);
  const [lowAt, highAt] = bigEndian ? [1, 0] : [0, 1];
  if (bom) out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[start + i * 2 + lowAt] = unit & 0xff;
    out[start + i * 2 + highAt] = unit >> 8;
  }
  return out;
}

export interface SheetFixture {
  name: string;
  rows: unknown[][];
  hidden?: boolean;
  merges?: XLSX.Range[];
  /** Extra cells written as is (error cells, for instance), by A1 address. */
  cells?: Record<string, XLSX.CellObject>;
}

export function workbook(sheets: SheetFixture[], bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(sheet.rows, { cellDates: true });
    if (sheet.merges) ws['!merges'] = sheet.merges;
    for (const [address, cell] of Object.entries(sheet.cells ?? {})) ws[address] = cell;
    if (sheet.cells) {
      const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
      for (const address of Object.keys(sheet.cells)) {
        const at = XLSX.utils.decode_cell(address);
        range.e.r = Math.max(range.e.r, at.r);
        range.e.c = Math.max(range.e.c, at.c);
      }
      ws['!ref'] = XLSX.utils.encode_range(range);
    }
    XLSX.utils.book_append_sheet(book, ws, sheet.name);
  }
  book.Workbook = { Sheets: sheets.map((sheet) => ({ name: sheet.name, Hidden: sheet.hidden ? 1 : 0 })) };
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
}

const none = { ru: [], en: [], zh: [] };

function column(partial: Partial<ColumnSpec> & Pick<ColumnSpec, 'key' | 'type'>): ColumnSpec {
  return { required: false, label: { ru: partial.key, en: partial.key, zh: partial.key }, synonyms: none, ...partial };
}

/** The sales table of the ROI evaluation step, as an exercise would declare it. */
export const SALES: DatasetSpec = {
  id: 'sales',
  title: { ru: 'Продажи', en: 'Sales', zh: '销售' },
  columns: [
    column({ key: 'date', type: 'date', required: true, label: { ru: 'Дата', en: 'Date', zh: '日期' }, synonyms: { ru: ['Дата покупки', 'Дата продажи'], en: ['Purchase date', 'Order date'], zh: ['购买日期'] } }),
    column({ key: 'customer', type: 'text', required: true, label: { ru: 'Клиент', en: 'Customer', zh: '客户' }, synonyms: { ru: ['Покупатель', 'ID клиента'], en: ['Client', 'Customer ID'], zh: ['顾客', '客户编号'] } }),
    column({ key: 'amount', type: 'money', required: true, min: 0, label: { ru: 'Сумма', en: 'Amount', zh: '金额' }, synonyms: { ru: ['Выручка', 'Сумма покупки'], en: ['Revenue', 'Sales'], zh: ['销售额'] } }),
    column({ key: 'member', type: 'category', label: { ru: 'Участник программы', en: 'Member', zh: '会员' }, synonyms: { ru: ['Участник', 'Карта'], en: ['Loyalty member'], zh: ['是否会员'] } }),
  ],
};

export const TODAY = '2025-06-30';
