import { useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import type { Questionnaire } from '../../state';
import { statementText } from '../../statements';
import { servqualMessages } from '../../messages';
import { servqualReadingMessages } from '../../readingMessages';
import type { ReadingWords } from '../../reading';
import { signedNumber } from './numbers';

/** The words the reading functions need, in the interface's language, with statements as the participant wrote them. */
export function useReadingWords(questionnaire: Questionnaire, locale: Locale): ReadingWords {
  const t = useMessages(servqualReadingMessages);
  const model = useMessages(servqualMessages);
  return {
    t,
    signed: (value) => signedNumber(value, locale),
    dimensionName: (dimension) => model(`dimension.${dimension}.name`),
    // Without its closing full stop: the statement is quoted inside a sentence.
    statement: (item) => statementText(item, questionnaire.preset, questionnaire.statements[item - 1]?.text ?? null, locale).replace(/[.。!！]+\s*$/, ''),
  };
}
