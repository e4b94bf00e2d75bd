import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import type { BehaviourFigures, BehaviourResult } from '../../model/behaviour';
import { behaviourMessages } from '../../messages/behaviour';
import { BehaviourMetrics } from './BehaviourMetrics';
import { RetentionChart } from './RetentionChart';
import { IntervalChart } from './IntervalChart';
import { CohortHeatmap } from './CohortHeatmap';
import { LadderChart } from './LadderChart';

interface Props {
  result: BehaviourResult;
  lapseFactor: number;
  oneTimeLapseDays: number;
  presenter: boolean;
}

/** The figures, or why there are none: each refusal of the analysis worded with what to do about it. */
export function BehaviourResults({ result, lapseFactor, oneTimeLapseDays, presenter }: Props) {
  const t = useMessages(behaviourMessages);
  const format = useFormat();
  const date = (iso: string) => format.date(iso);
  return (
    <section className="step-section" aria-labelledby="behaviour-results">
      <h3 id="behaviour-results">{t('behaviour.results.title')}</h3>
      {result.kind === 'noSales' ? (
        <Callout tone="warning" title={t('behaviour.noSales.title')}>
          <p>{t('behaviour.noSales.body')}</p>
        </Callout>
      ) : null}
      {result.kind === 'emptyWindow' ? (
        <Callout tone="warning" title={t('behaviour.emptyWindow.title')}>
          <p>
            {t(`behaviour.emptyWindow.${result.reason}`, {
              from: date(result.window.from),
              to: date(result.window.to),
              dataFrom: date(result.data.from),
              dataTo: date(result.data.to),
            })}
          </p>
        </Callout>
      ) : null}
      {result.kind === 'oneTimeOnly' ? (
        <Callout tone="warning" title={t('behaviour.oneTime.title')}>
          <p>{t(result.inWholeData ? 'behaviour.oneTime.file' : 'behaviour.oneTime.window', { customers: result.customers })}</p>
        </Callout>
      ) : null}
      {result.kind === 'ready' ? <Figures figures={result.figures} lapseFactor={lapseFactor} oneTimeLapseDays={oneTimeLapseDays} presenter={presenter} /> : null}
    </section>
  );
}

function Figures({ figures, lapseFactor, oneTimeLapseDays, presenter }: { figures: BehaviourFigures; lapseFactor: number; oneTimeLapseDays: number; presenter: boolean }) {
  const t = useMessages(behaviourMessages);
  const format = useFormat();
  const { lapsed } = figures;
  return (
    <>
      <p className="finding">{t('behaviour.window', { from: format.date(figures.window.from), to: format.date(figures.window.to) })}</p>
      <BehaviourMetrics figures={figures} />
      <RetentionChart figures={figures} presenter={presenter} />
      <CohortHeatmap cohorts={figures.cohorts} />
      <IntervalChart bins={figures.intervalBins} presenter={presenter} />
      <section className="behaviour-block" aria-labelledby="behaviour-lapsed">
        <h4 id="behaviour-lapsed">{t('behaviour.lapsed.title')}</h4>
        <p className="finding">
          {t('behaviour.lapsed.body', {
            date: format.date(figures.window.to),
            total: lapsed.total,
            customers: figures.customers,
            repeat: lapsed.repeatBuyers,
            oneTime: lapsed.oneTimeBuyers,
            k: format.number(lapseFactor),
            days: oneTimeLapseDays,
          })}
        </p>
        <p className="explain">{t('behaviour.lapsed.action')}</p>
      </section>
      <LadderChart ladder={figures.ladder} period={figures.period} presenter={presenter} />
    </>
  );
}
