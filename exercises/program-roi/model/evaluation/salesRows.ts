/** The importer's typed rows (sales, and the separate member list) as the comparison's inputs. */

import type { TypedRow, TypedValue } from '../../../../src/data/import/types';
import { isIsoDate, type IsoDate } from './calendar';
import { asIndexed, salesCount, type IndexedSales, type SalesInput } from './indexedSales';
// Casts in this file: reads at an index below the length, which noUncheckedIndexedAccess cannot see.

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
  /** As objects, or indexed when read straight from the stored columns (indexedSalesFromCodes). */
  sales: SalesInput;
  /** Rows without a customer, a valid date or a finite amount (the importer normally drops them already). */
  unusableRows: number;
  unrecognisedMemberValues: number;
}

/** What the row readers give: the sales as objects. */
export type SalesAsObjects = SalesFromRows & { sales: Sale[] };

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
export function salesFromColumns(columns: SalesColumns, rowCount: number): SalesAsObjects {
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
export function salesFromRows(rows: readonly TypedRow[]): SalesAsObjects {
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
  // Indexed sales list each customer once, and only customers with a usable sale.
  const customers = asIndexed(parsed.sales).customers.length;
  return { sales: salesCount(parsed.sales), customers, unusableRows: parsed.unusableRows, unrecognisedMemberValues: parsed.unrecognisedMemberValues };
}

/** A dictionary-coded text column: `codes[i]` indexes `dictionary`; any other code is an empty cell. */
export interface CodedColumn {
  codes: ArrayLike<number>;
  dictionary: readonly string[];
}

/** The sales columns as storage keeps them (src/data/columnar.ts), without decoding a single cell. */
export interface CodedSalesColumns {
  rowCount: number;
  customer: CodedColumn;
  /** Days since 1970-01-01; `emptyDay` marks a cell without a date. */
  day: ArrayLike<number>;
  emptyDay: number;
  /** NaN marks an empty cell. */
  amount: ArrayLike<number>;
  member: CodedColumn | null;
}

/**
 * The same sales as salesFromColumns, indexed, read from coded columns: each dictionary entry is trimmed and
 * judged once (a customer's id, a yes/no), and each row is a few array reads.
 */
export function indexedSalesFromCodes(columns: CodedSalesColumns): SalesFromRows {
  const { rowCount, customer, member } = columns;
  const customers: string[] = [];
  const indexOf = new Map<string, number>();
  // Dictionary entry → customer index, or −1 for an entry naming nobody ('' after trimming).
  const customerOf = Int32Array.from(customer.dictionary, (text) => {
    const id = text.trim();
    if (id === '') return -1;
    let index = indexOf.get(id);
    if (index === undefined) {
      index = customers.length;
      customers.push(id);
      indexOf.set(id, index);
    }
    return index;
  });
  const flagOf = member ? member.dictionary.map((text) => parseMemberFlag(text)) : [];
  const sale = { customer: new Int32Array(rowCount), day: new Int32Array(rowCount), amount: new Float64Array(rowCount), member: new Int8Array(rowCount) };
  const used = new Uint8Array(customers.length);
  let count = 0;
  let unusableRows = 0;
  let unrecognisedMemberValues = 0;
  for (let i = 0; i < rowCount; i++) {
    const code = customer.codes[i] as number;
    const index = code < customerOf.length ? (customerOf[code] as number) : -1;
    const day = columns.day[i] as number;
    const amount = columns.amount[i] as number;
    if (index < 0 || day === columns.emptyDay || !Number.isFinite(amount)) {
      unusableRows += 1;
      continue;
    }
    const memberCode = member ? (member.codes[i] as number) : -1;
    const flag = memberCode >= 0 && memberCode < flagOf.length ? (flagOf[memberCode] ?? null) : null;
    if (flag === 'unrecognised') unrecognisedMemberValues += 1;
    sale.customer[count] = index;
    sale.day[count] = day;
    sale.amount[count] = amount;
    sale.member[count] = flag === true ? 1 : flag === false ? 0 : -1;
    used[index] = 1;
    count += 1;
  }
  // Customers whose every row was unusable are not customers of the comparison.
  const kept: string[] = [];
  const renumber = new Int32Array(customers.length);
  customers.forEach((id, index) => {
    renumber[index] = used[index] ? kept.push(id) - 1 : -1;
  });
  const indexed: IndexedSales = {
    count,
    customers: kept,
    customer: sale.customer.subarray(0, count).map((index) => renumber[index] as number),
    day: sale.day.subarray(0, count),
    amount: sale.amount.subarray(0, count),
    member: sale.member.subarray(0, count),
  };
  return { sales: indexed, unusableRows, unrecognisedMemberValues };
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
