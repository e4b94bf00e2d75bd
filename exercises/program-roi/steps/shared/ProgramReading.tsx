import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Reading } from '../../../../src/ui/Reading';
import type { ProgramInputs, ProgramResult } from '../../model';
import { roiMessages } from '../../messages';
import { conclusionsReading, economicsReading, type EconomicsFigures, type MeasuredEffect, type RoiWords } from '../../reading';
import { roiRange, useTornado } from './useTornado';

/**
 * The reading that opens the economics step, or (with `measured`) the conclusions step: the forecast, its payback
 * and main assumption in words, and what to do next or what the sales showed.
 */
export function ProgramReading({ inputs, result, measured }: { inputs: ProgramInputs; result: ProgramResult; measured?: MeasuredEffect | null }) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const { top } = useTornado(inputs);
  const range = top ? roiRange(top) : null;
  const figures: EconomicsFigures = {
    result,
    horizonMonths: inputs.horizonMonths,
    top: top && range ? { name: t(`economics.${top.key}`), range } : null,
  };
  const words: RoiWords = { t, money: (value) => format.money(value), signedPercent: (share) => format.signedPercent(share) };
  return <Reading reading={measured === undefined ? economicsReading(figures, words) : conclusionsReading(figures, measured, words)} />;
}
