/** The importer's typed rows (sales, and the separate member list) as the comparison's inputs. */

import type { TypedRow, TypedValue } from '../../../../src/data/import/types';
import { isIsoDate, type IsoDate } from './calendar';

export interface Sale {
  customer: string;
  date: IsoDate;
  amount: number;
  /** From the member column: true, false, or null when blank or not recognised. */
  member: boolean | null;
}

export interface MemberListEntry {
  customer: string;
  joinDate: IsoDate | null;
}

const YES = new Set(['yes', 'y', 'true', '1', 'да', 'д', '是', '是的', 'member', 'участник', 'член', '会员', 'x', '+', '✓', 'v']);
const NO = new Set(['no', 'n', 'false', '0', 'нет', 'н', '否', '不是', '非会员', 'не участник', 'non-member', 'nonmember', 'not a member', '-', '—']);

/** yes/no as people write it in ru/en/zh; null for a blank, 'unrecognised' for anything else. */
export function parseMemberFlag(value: TypedValue | undefined): boolean | null | 'unrecognised' {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : 'unrecognised';
  const text = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return null;
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return 'unrecognised';
}

export interface SalesFromRows {
  sales: Sale[];
  /** Rows without a customer, a valid date or a finite amount (the importer normally drops them already). */
  unusableRows: number;
  unrecognisedMemberValues: number;
}

// Exports often type customer ids as numbers; '' means the row names nobody.
function customerOf(value: TypedValue | undefined): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** The sales spec's columns, each a plain array with one value per row (as an analysis reads them from storage). */
export interface SalesColumns {
  customer: readonly TypedValue[];
  date: readonly TypedValue[];
  amount: readonly TypedValue[];
  /** Absent when the file had no member column. */
  member: readonly TypedValue[] | null;
}

/** The importer's typed sales, column by column: no row object is made for a million rows. */
export function salesFromColumns(columns: SalesColumns, rowCount: number): SalesFromRows {
  const sales: Sale[] = [];
  let unusableRows = 0;
  let unrecognisedMemberValues = 0;
  // A year of sales has a few hundred days and two or three member values over a million rows: each
  // distinct value is checked once.
  const validDates = new Map<string, boolean>();
  const flags = new Map<TypedValue, boolean | null | 'unrecognised'>();
  for (let i = 0; i < rowCount; i++) {
    const customer = customerOf(columns.customer[i]);
    const rawDate = columns.date[i];
    const date = typeof rawDate === 'string' ? rawDate : '';
    let validDate = validDates.get(date);
    if (validDate === undefined) {
      validDate = isIsoDate(date);
      validDates.set(date, validDate);
    }
    const amount = columns.amount[i];
    if (customer === '' || !validDate || typeof amount !== 'number' || !Number.isFinite(amount)) {
      unusableRows += 1;
      continue;
    }
    const memberValue = columns.member ? (columns.member[i] ?? null) : null;
    let flag = flags.get(memberValue);
    if (flag === undefined) {
      flag = parseMemberFlag(memberValue);
      flags.set(memberValue, flag);
    }
    if (flag === 'unrecognised') unrecognisedMemberValues += 1;
    sales.push({ customer, date, amount, member: flag === 'unrecognised' ? null : flag });
  }
  return { sales, unusableRows, unrecognisedMemberValues };
}

/** The importer's typed rows (keys of the sales spec) as sales. */
export function salesFromRows(rows: readonly TypedRow[]): SalesFromRows {
  const column = (key: string) => rows.map((row) => row[key] ?? null);
  return salesFromColumns({ customer: column('customer'), date: column('date'), amount: column('amount'), member: column('member') }, rows.length);
}

/** What the page is told of the sales read: counts, not the sales themselves. */
export interface SalesOverview {
  sales: number;
  customers: number;
  unusableRows: number;
  unrecognisedMemberValues: number;
}

export function salesOverview(parsed: SalesFromRows): SalesOverview {
  const customers = new Set<string>();
  for (const sale of parsed.sales) customers.add(sale.customer);
  return { sales: parsed.sales.length, customers: customers.size, unusableRows: parsed.unusableRows, unrecognisedMemberValues: parsed.unrecognisedMemberValues };
}

/** The member list's typed rows; rows without a customer are dropped, an invalid join date is read as unknown. */
export function memberListFromRows(rows: readonly TypedRow[]): MemberListEntry[] {
  const list: MemberListEntry[] = [];
  for (const row of rows) {
    const customer = customerOf(row.customer);
    if (customer === '') continue;
    const joinDate = typeof row.joinDate === 'string' && isIsoDate(row.joinDate) ? row.joinDate : null;
    list.push({ customer, joinDate });
  }
  return list;
}
