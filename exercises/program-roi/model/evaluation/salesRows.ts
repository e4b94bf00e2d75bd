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
function customerOf(row: TypedRow): string {
  return row.customer === null || row.customer === undefined ? '' : String(row.customer).trim();
}

/** The importer's typed rows (keys of the sales spec) as sales. */
export function salesFromRows(rows: readonly TypedRow[]): SalesFromRows {
  const sales: Sale[] = [];
  let unusableRows = 0;
  let unrecognisedMemberValues = 0;
  for (const row of rows) {
    const customer = customerOf(row);
    const date = typeof row.date === 'string' ? row.date : '';
    const amount = row.amount;
    if (customer === '' || !isIsoDate(date) || typeof amount !== 'number' || !Number.isFinite(amount)) {
      unusableRows += 1;
      continue;
    }
    const flag = parseMemberFlag(row.member);
    if (flag === 'unrecognised') unrecognisedMemberValues += 1;
    sales.push({ customer, date, amount, member: flag === 'unrecognised' ? null : flag });
  }
  return { sales, unusableRows, unrecognisedMemberValues };
}

/** The member list's typed rows; rows without a customer are dropped, an invalid join date is read as unknown. */
export function memberListFromRows(rows: readonly TypedRow[]): MemberListEntry[] {
  const list: MemberListEntry[] = [];
  for (const row of rows) {
    const customer = customerOf(row);
    if (customer === '') continue;
    const joinDate = typeof row.joinDate === 'string' && isIsoDate(row.joinDate) ? row.joinDate : null;
    list.push({ customer, joinDate });
  }
  return list;
}
