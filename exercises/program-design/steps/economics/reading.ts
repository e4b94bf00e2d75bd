import type { ReadingText } from '../../../../src/ui/Reading';
import type { Formatters } from '../../../../src/i18n/format';
import type { Translate } from '../../../../src/i18n/translate';
import type { RoiStanding } from '../../model/economics';
import type { EconomicsMessageKey } from '../../messages/economics';

export interface EconomicsReadingInput {
  missing: number;
  /** Figures that hold the design's own value. */
  fromDesign: number;
  standing: RoiStanding;
}

/**
 * What the step says first: what ROI made of the figures — the payback and ROI when it evaluated these very
 * figures, a warning when its figures have moved apart from the design's — then how far the figures are.
 */
export function economicsReading({ missing, fromDesign, standing }: EconomicsReadingInput, t: Translate<EconomicsMessageKey>, format: Formatters): ReadingText {
  const sentences: string[] = [];
  if (standing.kind === 'current') {
    const { outcome } = standing;
    const horizon = t('economics.reading.horizon', { count: outcome.figures.horizonMonths ?? 0 });
    const roi = outcome.roi === null ? t('economics.roi.roiNone') : format.signedPercent(outcome.roi);
    sentences.push(
      outcome.paybackMonth === null
        ? t('economics.reading.noPayback', { horizon, roi })
        : t('economics.reading.payback', { month: t('economics.roi.paybackValue', { count: outcome.paybackMonth }), roi, horizon }),
    );
  } else if (standing.kind === 'differs') {
    sentences.push(t('economics.reading.differs'));
  } else if (missing === 0) {
    sentences.push(t('economics.reading.ready'));
  }
  if (missing > 0) sentences.push(t('economics.reading.missing', { count: missing }));
  if (fromDesign > 0) sentences.push(t('economics.reading.fromDesign', { count: fromDesign }));
  return { sentences, caution: null };
}
