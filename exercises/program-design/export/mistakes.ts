import type { SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import { MISTAKES, type ProgramDesignState } from '../state';
import { mistakeTexts, suggestMistakeAnswers } from '../content/mistakes';
import { mistakesMessages } from '../messages/mistakes';
import { namesMessages } from '../messages/names';
import { onePageMessages } from '../messages/onePage';
import { evidenceText } from '../steps/mistakes/wording';

/** Step 3's check-list: every classic mistake with the participant's mark and note, what the design suggests and why it hurts. */
export function mistakesSheets(state: ProgramDesignState, { locale, format }: ExportContext): SheetSpec[] {
  const t = translator(onePageMessages, locale);
  const names = translator(namesMessages, locale);
  const words = translator(mistakesMessages, locale);
  const texts = translator(mistakeTexts, locale);
  const suggestions = suggestMistakeAnswers(state);
  const rows = MISTAKES.map((mistake) => {
    const answer = state.mistakes[mistake];
    const suggestion = suggestions[mistake];
    return [
      names(`mistake.${mistake}`),
      names(`mistakeStatus.${answer?.status ?? 'none'}`),
      answer?.note ?? '',
      suggestion ? `${names(`mistakeStatus.${suggestion.status}`)}: ${evidenceText(suggestion.evidence, words, format)}` : '',
      texts(`why.${mistake}`),
    ];
  });
  return [
    {
      name: t('export.checklistSheet'),
      rows: [[t('export.mistake'), t('export.status'), t('export.note'), t('export.suggestion'), t('export.why')], ...rows],
      columnWidths: [40, 22, 60, 60, 60],
    },
  ];
}
