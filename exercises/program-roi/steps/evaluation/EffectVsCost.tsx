import { useMemo } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import { evaluationEconomics, type DifferenceInDifferences } from '../../model';
import type { EvaluationScale, ProgramInputsDraft } from '../../state';
import { roiMessages } from '../../messages';
import { toneOf } from '../economics/ProgramResults';
import { costReadiness } from './costReadiness';
import { signedPercent } from './signedFigures';
import { ScrollBox } from '../../../../src/ui/ScrollBox';

interface Props {
  result: DifferenceInDifferences;
  program: ProgramInputsDraft;
  scale: EvaluationScale;
}

/** The measured effect in money, against what the program cost over the same months (from the economics step). */
export function EffectVsCost({ result, program, scale }: Props) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const programKey = JSON.stringify(program);
  // Keyed on the values: the state object is new after every store change.
  const readiness = useMemo(() => costReadiness(JSON.parse(programKey) as ProgramInputsDraft, scale), [programKey, scale]);
  const economics = useMemo(() => {
    if (readiness.kind !== 'ready') return null;
    const members = scale === 'program' && readiness.programMembers !== null ? readiness.programMembers : result.members.customers;
    return evaluationEconomics(result, readiness.inputs, members);
  }, [readiness, result, scale]);

  return (
    <section className="step-section roi-evaluation-economics" aria-labelledby="roi-evaluation-economics">
      <h3 id="roi-evaluation-economics">{t('evaluation.economics.title')}</h3>
      {readiness.kind === 'missing' || economics === null ? (
        <Callout tone="info" title={t('evaluation.economics.missing')}>
          <ul>
            {(readiness.kind === 'missing' ? readiness.fields : []).map((field) => (
              <li key={field}>{t(`economics.${field}`)}</li>
            ))}
          </ul>
        </Callout>
      ) : (
        <>
          <MetricGrid label={t('evaluation.economics.title')}>
            <Metric
              label={t('evaluation.economics.gain')}
              value={format.money(economics.incrementalGrossProfit)}
              note={t('evaluation.economics.gainNote', { members: format.integer(economics.members), months: economics.months, margin: format.percent(readiness.inputs.margin) })}
              tone={toneOf(economics.incrementalGrossProfit)}
            />
            <Metric label={t('evaluation.economics.cost')} value={format.money(economics.programCost)} note={t('evaluation.economics.costNote', { months: economics.months })} />
            <Metric label={t('evaluation.economics.net')} value={format.money(economics.net)} note={t('evaluation.economics.netNote')} tone={toneOf(economics.net)} />
            {economics.roi === null ? (
              <Metric label={t('evaluation.economics.roi')} value={t('evaluation.economics.roiNone')} note={t('evaluation.economics.roiNoneNote')} />
            ) : (
              <Metric label={t('evaluation.economics.roi')} value={signedPercent(format, economics.roi)} note={t('evaluation.economics.roiNote')} tone={toneOf(economics.roi)} />
            )}
          </MetricGrid>
          <p className="verdict">
            {economics.net >= 0
              ? t('evaluation.economics.verdictProfit', { months: economics.months, net: format.money(economics.net), roi: economics.roi === null ? '—' : signedPercent(format, economics.roi) })
              : t('evaluation.economics.verdictLoss', { months: economics.months, loss: format.money(-economics.net), roi: economics.roi === null ? '—' : signedPercent(format, economics.roi) })}
          </p>
          <ScrollBox label={t('evaluation.breakdown.caption', { months: economics.months })}>
            <table className="roi-breakdown">
              <caption>{t('evaluation.breakdown.caption', { months: economics.months })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('evaluation.breakdown.item')}</th>
                  <th scope="col" className="number">{t('evaluation.breakdown.amount')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('evaluation.breakdown.rewards')}</th>
                  <td className="number">{format.money(economics.rewardCost)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('evaluation.breakdown.fixed')}</th>
                  <td className="number">{format.money(economics.fixedCost)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('evaluation.breakdown.members')}</th>
                  <td className="number">{format.money(economics.memberCost)}</td>
                </tr>
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('evaluation.breakdown.total')}</th>
                  <td className="number">{format.money(economics.programCost)}</td>
                </tr>
              </tfoot>
            </table>
          </ScrollBox>
        </>
      )}
    </section>
  );
}
