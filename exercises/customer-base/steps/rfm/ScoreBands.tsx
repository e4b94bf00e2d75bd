import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { RfmFigures } from '../../analysis/rfmAnalysis';
import { RFM_DIMENSIONS, type RfmDimension } from '../../../../src/customers/rfm';
import { rfmMessages } from '../../messages/rfm';

/** What each score stands for with this binning, in days, orders and money, and how many customers have it. */
export function ScoreBands({ figures }: { figures: RfmFigures }) {
  const t = useMessages(rfmMessages);
  const format = useFormat();
  const value = (dimension: RfmDimension, amount: number) => (dimension === 'm' ? format.money(amount) : format.integer(amount));
  const breaks = figures.breaks;
  return (
    <section className="cb-rfm-section" aria-labelledby="cb-rfm-bands-title">
      <h3 id="cb-rfm-bands-title">{t('rfm.bands.title')}</h3>
      <ScrollBox label={t('rfm.bands.title')}>
        <table className="cb-rfm-bands">
          <caption className="visually-hidden">{t('rfm.bands.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rfm.bands.score')}</th>
              {RFM_DIMENSIONS.map((dimension) => (
                <th key={dimension} scope="col">
                  {t(`rfm.bands.${dimension}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[5, 4, 3, 2, 1].map((score) => (
              <tr key={score}>
                <th scope="row">{score}</th>
                {RFM_DIMENSIONS.map((dimension) => {
                  const band = figures.bands[dimension][score - 1];
                  return (
                    <td key={dimension}>
                      {band && band.min !== null && band.max !== null ? (
                        <>
                          {band.min === band.max ? value(dimension, band.min) : t('rfm.bands.range', { min: value(dimension, band.min), max: value(dimension, band.max) })}
                          <span className="cb-rfm-muted"> · {t('rfm.bands.customers', { count: band.customers })}</span>
                        </>
                      ) : (
                        <span className="cb-rfm-muted">{t('rfm.bands.nobody')}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {breaks ? (
        <p className="note">
          {t('rfm.bands.breaks', {
            r: breaks.r.map((b) => format.number(b, 1)).join('; '),
            f: breaks.f.map((b) => format.number(b, 1)).join('; '),
            m: breaks.m.map((b) => format.money(b)).join('; '),
          })}
        </p>
      ) : (
        <p className="note">{t('rfm.bands.quintilesNote')}</p>
      )}
    </section>
  );
}
