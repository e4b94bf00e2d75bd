import { useMessages } from '../../../../src/i18n/useI18n';
import { journeyMessages } from '../../messages/journey';
import { LADDER_STAGES, type Touchpoint } from '../../state';
import { useEmotionalNames } from '../shared/useNames';

/**
 * The journey drawn as the commitment ladder: one rung per stage, rising to the advocate, each carrying its
 * touchpoints by their place in the journey with the emotion wanted. Plain text boxes rather than a chart, so a
 * long name wraps instead of being cut, on a phone as on a projector.
 */
export function JourneyMap({ touchpoints }: { touchpoints: readonly Touchpoint[] }) {
  const t = useMessages(journeyMessages);
  const names = useEmotionalNames();
  // Drawn top rung first: the advocate at the top of the ladder, as the seminar draws it.
  const rungs = [...LADDER_STAGES].reverse();
  return (
    <ol className="el-ladder">
      {rungs.map((stage) => {
        const rank = LADDER_STAGES.indexOf(stage);
        const onRung = touchpoints.flatMap((touchpoint, index) => (touchpoint.stage === stage ? [{ touchpoint, index }] : []));
        return (
          <li key={stage} className={`el-ladder__rung el-ladder__rung--${rank + 1}${onRung.length === 0 ? ' el-ladder__rung--empty' : ''}`}>
            <span className="el-ladder__stage">{names.stage(stage)}</span>
            {onRung.length === 0 ? (
              <span className="el-ladder__none">{t('journey.mapEmpty')}</span>
            ) : (
              <ul className="el-ladder__points">
                {onRung.map(({ touchpoint, index }) => (
                  <li key={touchpoint.id} className="el-ladder__point">
                    <span className="el-ladder__number">{index + 1}</span>
                    <span className="el-ladder__name">{names.touchpoint(touchpoint, index)}</span>
                    <span className={`el-ladder__emotion${touchpoint.emotion === null ? ' el-ladder__emotion--none' : ''}`}>
                      {touchpoint.emotion === null ? t('journey.mapNoEmotion') : names.emotion(touchpoint.emotion)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
