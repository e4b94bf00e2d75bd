import { useId } from 'react';
import type { Locale } from '../../../../src/i18n/locale';
import type { StepProps } from '../../../../src/workbook/contract';
import type { AutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import type { ResultRead } from '../../../../src/workbook/results';
import type { SegmentTargets } from '../../../../src/results/segmentTargets';
import { routeHref } from '../../../../src/workbook/route';
import { useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import { goalMessages } from '../../messages/goal';
import { TARGET_SOURCES, type ProgramDesignState } from '../../state';
import type { GoalTexts } from '../GoalStep';
import type { TargetChoice } from './goalReading';
import { ChoiceGroup } from './ChoiceGroup';
import { NotFilledCallout } from './NotFilledCallout';

interface TargetCustomersProps extends Pick<StepProps<ProgramDesignState>, 'state' | 'update'> {
  form: AutosaveForm<GoalTexts>;
  read: ResultRead<SegmentTargets>;
  choice: TargetChoice;
  locale: Locale;
}

/** The segmentation's step the targets are decided on: the link lands there. */
const SEGMENTATION_TARGETS_STEP = 'targets';

/**
 * Whom the program is for: the segmentation's segments to tick when that exercise offers them (its targets ticked
 * the first time they are taken), or a link to it; the participant's own description below in every case.
 */
export function TargetCustomers({ state, update, form, read, choice, locale }: TargetCustomersProps) {
  const t = useMessages(goalMessages);
  const chooseSource = (source: ProgramDesignState['target']['source']) =>
    update((current) => {
      // First taken: the segmentation's targets come ticked; a choice made before is kept as it was.
      const firstTaken = source === 'segmentation' && current.target.segmentKeys.length === 0;
      const segmentKeys = firstTaken ? choice.segments.filter((segment) => segment.target).map((segment) => segment.key) : current.target.segmentKeys;
      return { ...current, target: { ...current.target, source, segmentKeys } };
    });
  const setPicked = (key: string, on: boolean) =>
    update((current) => {
      const keys = current.target.segmentKeys.filter((each) => each !== key);
      return { ...current, target: { ...current.target, segmentKeys: on ? [...keys, key] : keys } };
    });
  return (
    <>
      {read.status !== 'ready' ? (
        <NotFilledCallout read={read} stepId={SEGMENTATION_TARGETS_STEP} title={t('goal.notFilled.title')} body={t('goal.notFilled.body')} link={t('goal.notFilled.link')} />
      ) : (
        <ChoiceGroup legend={t('goal.sourceLegend')} options={TARGET_SOURCES} label={(source) => t(`goal.source.${source}`)} selected={state.target.source} onChoose={chooseSource} />
      )}
      {choice.ready && state.target.source === 'segmentation' ? (
        <SegmentList state={state} choice={choice} locale={locale} exerciseId={read.status === 'ready' ? read.exerciseId : null} onPick={setPicked} />
      ) : null}
      <div className="fields">
        <Field form={form} name="description" label={t('goal.description')} hint={t('goal.descriptionHint')} multiline rows={4} />
      </div>
    </>
  );
}

interface SegmentListProps {
  state: ProgramDesignState;
  choice: TargetChoice;
  locale: Locale;
  exerciseId: string | null;
  onPick: (key: string, on: boolean) => void;
}

function SegmentList({ state, choice, locale, exerciseId, onPick }: SegmentListProps) {
  const t = useMessages(goalMessages);
  const idBase = useId();
  const picked = new Set(state.target.segmentKeys);
  const noTargets = choice.segments.length > 0 && !choice.segments.some((segment) => segment.target);
  return (
    <fieldset className="fieldset">
      <legend>{t('goal.segments.legend')}</legend>
      {choice.segments.length === 0 ? <p className="finding">{t('goal.segments.none')}</p> : null}
      {noTargets ? <p className="finding">{t('goal.segments.noTargets')}</p> : null}
      <ul className="pd-goal-segments">
        {choice.segments.map((segment, index) => {
          const detailsId = `${idBase}-${index}`;
          return (
            <li key={segment.key} className={`pd-goal-segment${picked.has(segment.key) ? ' pd-goal-segment--picked' : ''}`}>
              <label className="pd-goal-segment__name">
                <input type="checkbox" checked={picked.has(segment.key)} aria-describedby={detailsId} onChange={(event) => onPick(segment.key, event.target.checked)} />
                {segment.name[locale]}
              </label>
              <div id={detailsId} className="pd-goal-segment__details">
                {segment.target ? <span className="pd-goal-badge">{t('goal.segments.target')}</span> : null}
                <span>{segment.strategy === null ? t('goal.segments.noStrategy') : t('goal.segments.strategy', { strategy: segment.strategy[locale] })}</span>
                {segment.offer.trim() !== '' ? <span className="pd-goal-segment__offer">{t('goal.segments.offer', { offer: segment.offer })}</span> : null}
              </div>
            </li>
          );
        })}
      </ul>
      {choice.gone.length > 0 ? (
        <div className="pd-goal-gone">
          <p className="pd-goal-gone__title">{t('goal.segments.goneTitle')}</p>
          <ul className="pd-goal-segments">
            {choice.gone.map((key) => {
              const name = t('goal.segments.goneName', { key });
              return (
                <li key={key} className="pd-goal-segment pd-goal-segment--gone">
                  <span className="pd-goal-segment__name">{name}</span>
                  <button type="button" className="button button--quiet no-print" aria-label={t('goal.segments.removeLabel', { name })} onClick={() => onPick(key, false)}>
                    {t('goal.segments.remove')}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {exerciseId !== null ? (
        <p className="explain">
          <a href={routeHref({ page: 'exercise', exerciseId, stepId: SEGMENTATION_TARGETS_STEP })}>{t('goal.segments.open')}</a>
        </p>
      ) : null}
    </fieldset>
  );
}
