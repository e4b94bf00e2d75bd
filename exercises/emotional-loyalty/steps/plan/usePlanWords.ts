import { useMemo } from 'react';
import { useFormat, useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { planMessages } from '../../messages/plan';
import type { PlanWords } from '../../model/planReading';
import { useEmotionalNames } from '../shared/useNames';
import { listJoiner, monthNamer, quoter } from './wording';

/** What the plan's reading needs to put the figures in words, in the page's language. */
export function usePlanWords(): PlanWords {
  const t = useMessages(planMessages);
  const names = useEmotionalNames();
  const format = useFormat();
  const locale = useLocale();
  return useMemo(() => ({ t, names, money: (value: number) => format.money(value), monthName: monthNamer(locale), list: listJoiner(locale), quote: quoter(locale) }), [t, names, format, locale]);
}
