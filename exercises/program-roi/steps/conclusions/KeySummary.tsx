import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import type { ProgramInputsDraft } from '../../state';
import type { ProgramInputs, ProgramResult } from '../../model';
import { roiMessages } from '../../messages';
import { useProgramModel } from '../shared/useProgramModel';
import { roiRange, useTornado } from '../shared/useTornado';
import { toneOf } from '../economics/ProgramResults';
import { ProgramReading } from '../shared/ProgramReading';
import type { MeasuredEffect } from '../../reading';

/** The figures the decision rests on, repeated here so the printed report ends with them and the decision. */
export function KeySummary({ program, measured }: { program: ProgramInputsDraft; measured: MeasuredEffect | null }) {
  const t = useMessages(roiMessages);
  const model = useProgramModel(program);
  if (model.kind !== 'ready') {
    return (
      <Callout tone="info">
        <p>{t('conclusions.summaryMissing')}</p>
      </Callout>
    );
  }
  return (
    <>
      <ProgramReading inputs={model.inputs} result={model.result} measured={measured} />
      <Summary inputs={model.inputs} result={model.result} measured={measured} />
    </>
  );
}

function Summary({ inputs, result, measured }: { inputs: ProgramInputs; result: ProgramResult; measured: MeasuredEffect | null }) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const { top } = useTornado(inputs);
  const range = top ? roiRange(top) : null;
  return (
    <MetricGrid label={t('conclusions.summaryTitle')}>
      <Metric label={t('results.net')} value={format.money(result.net)} tone={toneOf(result.net)} />
      <Metric
        label={t('results.roi')}
        value={result.roi === null ? t('results.roiNone') : format.signedPercent(result.roi)}
        note={t('conclusions.forecastNote', { horizon: t('results.horizon', { count: inputs.horizonMonths }) })}
        tone={toneOf(result.roi)}
      />
      {/* Beside the forecast, the effect measured from the participant's own sales (the evaluation step). */}
      {measured ? (
        <Metric
          label={t('conclusions.measuredRoi')}
          value={measured.roi === null ? t('results.roiNone') : format.signedPercent(measured.roi)}
          note={t('conclusions.measuredNote', { horizon: t('results.horizon', { count: measured.months }) })}
          tone={toneOf(measured.roi)}
        />
      ) : null}
      {result.paybackMonth === null ? (
        <Metric label={t('results.payback')} value={t('results.paybackNever')} note={t('results.paybackNeverNote', { count: inputs.horizonMonths })} tone="bad" />
      ) : (
        <Metric label={t('results.payback')} value={t('results.paybackValue', { count: result.paybackMonth })} tone="good" />
      )}
      {top && range ? (
        <Metric
          label={t('conclusions.topAssumption')}
          value={t(`economics.${top.key}`)}
          note={t('conclusions.topAssumptionNote', { low: format.signedPercent(range[0]), high: format.signedPercent(range[1]) })}
        />
      ) : null}
    </MetricGrid>
  );
}
