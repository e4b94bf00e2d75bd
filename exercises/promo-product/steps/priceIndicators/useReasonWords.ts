import { useMemo } from 'react';
import { INTL_TAG } from '../../../../src/i18n/locale';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { priceIndicatorsMessages } from '../../messages/priceIndicators';
import type { PriceReadingWords } from './priceReading';

/** The step's words for readings and reasons, in the interface's language; `separator` joins a reason's parts. */
export function useReasonWords(name: (label: string) => string): PriceReadingWords & { separator: string } {
  const t = useMessages(priceIndicatorsMessages);
  const format = useFormat();
  return useMemo(() => {
    const listFormat = new Intl.ListFormat(INTL_TAG[format.locale], { type: 'conjunction' });
    return {
      t,
      name,
      percent: (share: number) => format.percent(share),
      wholePercent: (share: number) => format.percent(share, 0),
      number: (value: number) => format.number(value, 1),
      list: (names: readonly string[]) => listFormat.format(names),
      separator: format.locale === 'zh' ? '，' : ', ',
    };
  }, [t, format, name]);
}
