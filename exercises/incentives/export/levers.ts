import { decimalCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { joinSentences } from '../../../src/ui/Reading';
import { INTL_TAG } from '../../../src/i18n/locale';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import { LEVER_CONTENT, LEVER_GROUP_CONTENT } from '../content/levers';
import { LEVER_GROUP_IDS, summarizeLevers } from '../model/levers';
import { LEVER_GROUPS, type IncentivesState } from '../state';
import { leversMessages } from '../messages/levers';
import { leversReading } from '../steps/levers/leversReading';

/** The levers sheet: every lever with its rating (a number) and how it would be used, then the summary by group. */
export function leversSheets(state: IncentivesState, context: ExportContext): SheetSpec[] {
  const { locale, format } = context;
  const t = translator(leversMessages, locale);
  const summary = summarizeLevers(state.levers);
  const list = new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' });
  const rows: CellValue[][] = [[t('export.levers.group'), t('export.levers.lever'), t('export.levers.rating'), t('export.levers.how')]];
  for (const group of LEVER_GROUP_IDS) {
    for (const lever of LEVER_GROUPS[group]) {
      const entry = state.levers[lever];
      rows.push([LEVER_GROUP_CONTENT[group].name[locale], LEVER_CONTENT[lever].name[locale], entry?.rating ?? null, entry?.how ?? '']);
    }
  }
  rows.push([], [t('export.levers.summary')], [t('export.levers.group'), t('export.levers.rated'), t('export.levers.total'), t('export.levers.mean'), t('export.levers.strong')]);
  for (const group of summary.groups) {
    rows.push([
      LEVER_GROUP_CONTENT[group.group].name[locale],
      group.rated.length,
      group.total,
      // One decimal, as the step shows the mean.
      decimalCell(group.mean, 1),
      list.format(group.strong.map((entry) => `${LEVER_CONTENT[entry.lever].name[locale]} (${entry.rating})`)),
    ]);
  }
  rows.push([], [t('export.levers.reading'), joinSentences(leversReading(summary, t, format).sentences)]);
  return [{ name: t('export.levers.sheet'), rows, columnWidths: [24, 34, 14, 60, 40] }];
}
