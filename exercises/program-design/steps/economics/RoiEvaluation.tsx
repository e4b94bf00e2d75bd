import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import { routeHref } from '../../../../src/workbook/route';
import type { ProgramFigures } from '../../../../src/results/programFigures';
import type { RoiStanding } from '../../model/economics';
import { economicsMessages } from '../../messages/economics';
import { formatFigure } from './figureFields';
import { SendToRoi } from './SendToRoi';

const ROI_ECONOMICS = routeHref({ page: 'exercise', exerciseId: 'program-roi', stepId: 'economics' });

/**
 * ROI's verdict on the design: payback and ROI when it evaluated these figures, what differs when it holds others;
 * the sending, or the sending again, beside it.
 */
export function RoiEvaluation({ standing, economics, missing }: { standing: RoiStanding; economics: ProgramFigures; missing: number }) {
  const t = useMessages(economicsMessages);
  const format = useFormat();
  const shown = (key: keyof ProgramFigures, value: number | null) => (value === null ? '—' : formatFigure(key, value, format, t));
  return (
    <section className="step-section pd-econ__roi" aria-labelledby="pd-econ-roi">
      <h3 id="pd-econ-roi">{t('economics.roi.title')}</h3>
      {standing.kind === 'notEvaluated' ? (
        <p className="finding">
          <strong>{t('economics.roi.notEvaluated')}</strong> {t('economics.roi.notEvaluatedNote')}
        </p>
      ) : (
        <>
          <MetricGrid label={t('economics.roi.title')}>
            <Metric
              label={t('economics.roi.payback')}
              value={
                standing.outcome.paybackMonth === null
                  ? t('economics.roi.paybackNever', { count: standing.outcome.figures.horizonMonths ?? 0 })
                  : t('economics.roi.paybackValue', { count: standing.outcome.paybackMonth })
              }
              tone={standing.outcome.paybackMonth === null ? 'bad' : 'good'}
            />
            <Metric
              label={t('economics.roi.roi')}
              value={standing.outcome.roi === null ? t('economics.roi.roiNone') : format.signedPercent(standing.outcome.roi)}
              tone={standing.outcome.roi === null || standing.outcome.roi === 0 ? 'neutral' : standing.outcome.roi > 0 ? 'good' : 'bad'}
            />
            <Metric label={t('economics.roi.net')} value={format.money(standing.outcome.net)} tone={standing.outcome.net >= 0 ? 'good' : 'bad'} />
          </MetricGrid>
          {standing.outcome.sentFrom ? <p className="note">{t('economics.roi.sentOn', { date: format.date(standing.outcome.sentFrom.at) })}</p> : null}
          {standing.kind === 'differs' ? (
            <Callout tone="warning" title={t('economics.roi.differsTitle')}>
              <p>{t('economics.roi.differsText', { date: format.date(standing.outcome.sentFrom?.at ?? '') })}</p>
              <ul>
                {standing.figures.map((key) => (
                  <li key={key}>
                    {t('economics.roi.differsRow', { figure: t(`economics.figure.${key}`), design: shown(key, economics[key]), roi: shown(key, standing.outcome.figures[key]) })}
                  </li>
                ))}
              </ul>
              <SendToRoi missing={missing} label={t('economics.roi.sendAgain')} />
            </Callout>
          ) : null}
        </>
      )}
      {standing.kind === 'differs' ? null : <SendToRoi missing={missing} />}
      <p className="no-print">
        <a href={ROI_ECONOMICS}>{t('economics.roi.open')}</a>
      </p>
    </section>
  );
}
