import { importBytes, inspectBytes } from '../../../src/data/import/pipeline';
import { layoutOptions } from '../../../src/data/import/layout';
import { proposeMapping } from '../../../src/data/import/mapping';
import { translator } from '../../../src/i18n/translate';
import { importMessages } from '../../../src/ui/import/messages';
import { fileProblemText } from '../../../src/ui/import/wording';
import { receiptsSpec } from '../../../exercises/promo-product/inputs';
import { LOCALES } from '../../../src/i18n/locale';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('receipts without receipt ids', () => {
  // Products and amounts, but nothing that says which lines were bought together.
  const bytes = utf8(['Товар;Количество;Сумма', 'Молоко;1;89,90', 'Хлеб;2;90,00', 'Сыр;1;310,50'].join('\n'));

  it('are refused, nothing typed, and the message names the receipt column in the user’s language', () => {
    const expected = { ru: 'Не выбраны обязательные столбцы: Номер чека.', en: 'Required columns are not chosen: Receipt.', zh: '未选择必填列：小票号。' };
    for (const locale of LOCALES) {
      const inspected = inspectBytes(bytes, 'чеки.csv', { layouts: layoutOptions(receiptsSpec, locale) });
      if (!inspected.ok) throw new Error(inspected.problem.code);
      // Read as one row per line: a header over amounts is neither a basket list nor a 0/1 table.
      expect(inspected.value.layout?.used).toBe('long');
      const mapping = proposeMapping(inspected.value.headers, receiptsSpec);
      expect(mapping.receipt).toBeNull();
      const outcome = importBytes(bytes, 'чеки.csv', receiptsSpec, mapping, { today: '2026-01-01', locale, layout: 'long', layouts: layoutOptions(receiptsSpec, locale) });
      if (outcome.ok) throw new Error('imported');
      expect(fileProblemText(translator(importMessages, locale), outcome.problem, { fileName: 'чеки.csv', spec: receiptsSpec, locale })).toBe(expected[locale]);
    }
  });
});
