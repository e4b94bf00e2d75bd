import { describe, expect, it } from 'vitest';
import { missingRecommended, proposeMapping } from '../../../src/data/import/mapping';
import { salesSpec } from '../../../exercises/program-roi/inputs';
import { parseMemberFlag } from '../../../exercises/program-roi/model/evaluation/salesRows';
import { LOCALES } from '../../../src/i18n/locale';

/**
 * Issue 12, "files that lie": a sales file without a member column imported with "no remarks", and the
 * evaluation step only then said it could not tell members apart. The spec now says so at import.
 */
describe('the sales file’s member column', () => {
  it('is recommended, with the reason the import report gives when a file has none', () => {
    const mapping = proposeMapping(['Клиент', 'Дата', 'Сумма'], salesSpec);
    // Cost is recommended too: the same shared file serves the customer base exercise, which ranks by profit.
    expect(missingRecommended(mapping, salesSpec)).toContain('member');
    const member = salesSpec.columns.find((column) => column.key === 'member');
    expect(member?.recommended?.ru).toMatch(/участник/);
    expect(member?.recommended?.en).toMatch(/member/);
    expect(member?.recommended?.zh).toMatch(/会员/);
    expect(missingRecommended(proposeMapping(['Клиент', 'Дата', 'Сумма', 'Участник программы'], salesSpec), salesSpec)).not.toContain('member');
  });

  it('lists only flags the evaluation reads, in every language', () => {
    const member = salesSpec.columns.find((column) => column.key === 'member');
    for (const locale of LOCALES) {
      const accepted = member?.accepted?.[locale] ?? [];
      expect(accepted.map((value) => parseMemberFlag(value))).toEqual([true, false, true, false]);
    }
  });
});
