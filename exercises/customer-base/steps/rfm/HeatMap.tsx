import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { RfmFigures } from '../../analysis/rfmAnalysis';
import { rfmMessages } from '../../messages/rfm';

/*
 * One hue from near-white to a mid blue, so the map reads in greyscale and for colour-blind readers; the darkest
 * end keeps dark text above 4.5:1, so every cell's numbers stay readable on their shade.
 */
const PALE = [246, 250, 254] as const;
const DEEP = [96, 146, 204] as const;

export function heatShade(share: number): string {
  const amount = Math.min(1, Math.max(0, share));
  return `rgb(${PALE.map((pale, k) => Math.round(pale + ((DEEP[k] ?? pale) - pale) * amount)).join(', ')})`;
}

const SCORES_UP = [1, 2, 3, 4, 5];
const SCORES_DOWN = [5, 4, 3, 2, 1];

/**
 * Recency across, frequency down (the most orders on top): each cell the customers with those two scores, shaded
 * by their number, with their average monetary value. A real table, so a screen reader reads each cell with its
 * R and F headings; it scrolls in its own box on a phone.
 */
export function HeatMap({ figures }: { figures: RfmFigures }) {
  const t = useMessages(rfmMessages);
  const format = useFormat();
  const most = Math.max(1, ...figures.heat.map((cell) => cell.customers));
  return (
    <section className="cb-rfm-section" aria-labelledby="cb-rfm-heat-title">
      <h3 id="cb-rfm-heat-title">{t('rfm.heat.title')}</h3>
      <p className="explain">{t('rfm.heat.explain')}</p>
      <ScrollBox label={t('rfm.heat.title')}>
        <table className="cb-rfm-heat">
          <caption className="visually-hidden">{t('rfm.heat.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="cb-rfm-heat__corner">
                {t('rfm.heat.corner')}
              </th>
              {SCORES_UP.map((r) => (
                <th key={r} scope="col" className="number">
                  <span className="cb-rfm-heat__score">R {r}</span>
                  {r === 1 || r === 5 ? <span className="cb-rfm-heat__hint">{t(r === 1 ? 'rfm.heat.rLow' : 'rfm.heat.rHigh')}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SCORES_DOWN.map((f) => (
              <tr key={f}>
                <th scope="row">
                  <span className="cb-rfm-heat__score">F {f}</span>
                  {f === 1 || f === 5 ? <span className="cb-rfm-heat__hint">{t(f === 1 ? 'rfm.heat.fLow' : 'rfm.heat.fHigh')}</span> : null}
                </th>
                {SCORES_UP.map((r) => {
                  const cell = figures.heat[(r - 1) * 5 + (f - 1)];
                  const customers = cell?.customers ?? 0;
                  return (
                    <td key={r} className="number cb-rfm-heat__cell" style={{ background: heatShade(customers / most) }}>
                      <span className="cb-rfm-heat__count">{t('rfm.heat.customers', { count: format.integer(customers) })}</span>
                      {cell && customers > 0 ? <span className="cb-rfm-heat__money">{t('rfm.heat.average', { money: format.money(cell.monetary / customers) })}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
