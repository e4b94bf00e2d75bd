import { useLocale, useMessages, useText } from '../../../../src/i18n/useI18n';
import { PROGRAM_TYPE_NAMES, type ProgramType } from '../../../../src/results/programTypes';
import type { TypeFit } from '../../model/fit';
import { rankingReasons, type RankedType } from '../../model/ranking';
import { typesMessages } from '../../messages/types';
import { FitBadge } from './FitReasons';
import { rankingReasonTexts } from './typesReading';

interface ShortListProps {
  shortList: readonly RankedType[];
  fit: Readonly<Record<ProgramType, TypeFit>>;
}

/** The short list, best first, each with its total and the reasons: the criteria scored high or low, and what fits or does not. */
export function ShortList({ shortList, fit }: ShortListProps) {
  const t = useMessages(typesMessages);
  const text = useText();
  const locale = useLocale();
  if (shortList.length === 0) return <p className="finding">{t('shortList.empty')}</p>;
  return (
    <ol className="in-types-short-list">
      {shortList.map((entry) => (
        <li key={entry.type} className="in-types-short-item">
          <div className="in-types-short-head">
            <span className="in-types-short-name">{text(PROGRAM_TYPE_NAMES[entry.type])}</span>
            <span className="in-types-short-total">{t('shortList.total', { total: entry.total })}</span>
            <FitBadge level={fit[entry.type].level} />
          </div>
          <ul className="in-types-reasons finding">
            {rankingReasonTexts(rankingReasons(entry, fit[entry.type]), locale).map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
