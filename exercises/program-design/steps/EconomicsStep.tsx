import { useMemo } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import { Reading } from '../../../src/ui/Reading';
import { routeHref } from '../../../src/workbook/route';
import { useResult } from '../../../src/workbook/useResult';
import { roiOutcomeKind } from '../../../src/results/roiOutcome';
import { PROGRAM_FIGURE_KEYS } from '../../../src/results/programFigures';
import { missingFigures } from '../links';
import { figureMark, figuresFromDesign, figuresToTake, roiStanding, takeFromDesign } from '../model/economics';
import { economicsMessages } from '../messages/economics';
import { PROGRAM_DESIGN_EXERCISE_ID, type ProgramDesignState } from '../state';
import { FiguresForm } from './economics/FiguresForm';
import { RoiEvaluation } from './economics/RoiEvaluation';
import { economicsReading } from './economics/reading';
import { currencySign, formatFigure } from './economics/figureFields';
import './economics/economics.css';

/** Step 4: the program's figures, from the design where it settles them, sent to ROI, and ROI's payback back here. */
export default function EconomicsStep({ state, update, presenter }: StepProps<ProgramDesignState>) {
  const t = useMessages(economicsMessages);
  const format = useFormat();
  const roi = useResult(roiOutcomeKind);
  const fromDesign = useMemo(() => figuresFromDesign(state.mechanics.chosen), [state.mechanics.chosen]);
  const missing = missingFigures(state.economics);
  const toTake = figuresToTake(state.economics, fromDesign);
  const standing = roiStanding(state.economics, roi.status === 'ready' ? roi.value : null, PROGRAM_DESIGN_EXERCISE_ID);
  const heldFromDesign = PROGRAM_FIGURE_KEYS.filter((key) => figureMark(key, state.economics, fromDesign).kind === 'fromDesign').length;
  const reading = economicsReading({ missing: missing.length, fromDesign: heldFromDesign, standing }, t, format);
  const noRewards = Object.keys(fromDesign.figures).length === 0 && Object.keys(fromDesign.hints).length === 0;

  const evaluation = <RoiEvaluation standing={standing} economics={state.economics} missing={missing.length} />;
  return (
    <div className={`pd-econ${presenter ? ' pd-econ--presenter' : ''}`}>
      <Reading reading={reading} />
      {presenter ? evaluation : null}
      <p className="explain">{t('economics.intro')}</p>
      {noRewards ? (
        <p className="explain">
          {t('economics.noRewards')} <a href={routeHref({ page: 'exercise', exerciseId: PROGRAM_DESIGN_EXERCISE_ID, stepId: 'mechanics' })}>{t('economics.noRewardsLink')}</a>
        </p>
      ) : null}
      {toTake.length > 0 ? (
        <Callout
          title={t('economics.takeTitle')}
          actions={
            <button type="button" className="button no-print" onClick={() => update((current) => takeFromDesign(current))}>
              {t('economics.take')}
            </button>
          }
        >
          <p>
            {t('economics.takeText', {
              list: toTake.map((key) => `${t(`economics.figure.${key}`)} ${formatFigure(key, fromDesign.figures[key]?.value ?? 0, format, t)}`).join('; '),
            })}
          </p>
        </Callout>
      ) : null}
      <FiguresForm state={state} update={update} fromDesign={fromDesign} currency={currencySign(format)} />
      {missing.length > 0 ? (
        <Callout title={t('economics.missingTitle', { count: missing.length })}>
          <ul className="pd-econ__missing">
            {missing.map((key) => (
              <li key={key}>{t(`economics.figure.${key}`)}</li>
            ))}
          </ul>
        </Callout>
      ) : null}
      {presenter ? null : evaluation}
    </div>
  );
}
