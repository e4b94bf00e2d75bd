import { useFormat, useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { cohortSummary, type CohortTable } from '../../model/behaviour';
import { behaviourMessages } from '../../messages/behaviour';
import { monthLabel } from './periodLabel';

// From a near-white to a mid blue (one hue, so it reads in greyscale and for colour-blind readers too). The darkest
// end stops at a luminance of 0.25, where dark text still has 4.7:1: no mid-tone has 4.5:1 with both dark and white
// text, so a scale switching text colour would fail in the middle.
const LIGHT = [247, 251, 255] as const;
const DARK = [90, 140, 200] as const;
const TEXT = '#111827';

/** Paper has room for months 0–12 (a year after the first purchase); later ones stay on screen and in the export. */
export const PRINTED_MONTHS = 13;
const late = (month: number) => (month >= PRINTED_MONTHS ? ' behaviour-cohorts__late' : '');

export function cellColour(share: number): { background: string; color: string } {
  const amount = Math.min(1, Math.max(0, share));
  const mix = LIGHT.map((light, index) => Math.round(light + (DARK[index] ?? light) * amount - light * amount));
  return { background: `rgb(${mix.join(', ')})`, color: TEXT };
}

/**
 * The cohort table as a heat map: each cell coloured by its share and showing the number too, so it reads
 * without colour and in print. It scrolls sideways in its own box on a phone, the month column staying put.
 */
export function CohortHeatmap({ cohorts }: { cohorts: CohortTable }) {
  const t = useMessages(behaviourMessages);
  const format = useFormat();
  const locale = useLocale();
  const summary = cohortSummary(cohorts);
  const months = Array.from({ length: cohorts.columns }, (_, month) => month);
  const share = (value: number) => format.percent(value, 0);
  const first = cohorts.rows[0];
  return (
    <section className="behaviour-block" aria-labelledby="behaviour-cohorts">
      <h4 id="behaviour-cohorts">{t('behaviour.cohort.title')}</h4>
      <p className="explain">{t('behaviour.cohort.explain')}</p>
      <div className="behaviour-key">
        <span>{t('behaviour.cohort.key')}</span>
        {[0, 0.25, 0.5, 0.75, 1].map((value) => (
          <span key={value} className="behaviour-key__cell" style={cellColour(value)}>
            {share(value)}
          </span>
        ))}
      </div>
      <ScrollBox label={t('behaviour.cohort.scroll')}>
        <table className="behaviour-cohorts">
          <caption>{t('behaviour.cohort.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('behaviour.cohort.month')}</th>
              <th scope="col" className="number">
                {t('behaviour.cohort.size')}
              </th>
              {months.map((month) => (
                <th key={month} scope="col" className={`number${late(month)}`}>
                  {t('behaviour.cohort.since', { n: String(month) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cohorts.rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">{monthLabel(row.month, locale)}</th>
                <td className="number">{format.integer(row.size)}</td>
                {months.map((month) => {
                  const value = row.shares[month];
                  return value === undefined ? (
                    <td key={month} className={late(month).trim() || undefined} />
                  ) : (
                    <td key={month} className={`number behaviour-cohorts__cell${late(month)}`} style={cellColour(value)} title={`${format.integer(row.active[month] ?? 0)} / ${format.integer(row.size)}`}>
                      {share(value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('behaviour.cohort.all')}</th>
              <td className="number">{format.integer(summary.size[0] ?? 0)}</td>
              {months.map((month) => {
                const value = summary.shares[month];
                return value === undefined ? <td key={month} className={late(month).trim() || undefined} /> : (
                  <td key={month} className={`number behaviour-cohorts__cell${late(month)}`} style={cellColour(value)}>
                    {share(value)}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </ScrollBox>
      {cohorts.firstCohortIsDataStart && first ? <p className="note">{t('behaviour.cohort.dataStart', { month: monthLabel(first.month, locale) })}</p> : null}
      {cohorts.columns > PRINTED_MONTHS ? <p className="note behaviour-print-only">{t('behaviour.cohort.printed', { last: String(PRINTED_MONTHS - 1) })}</p> : null}
      {cohorts.lastMonthPartial ? <p className="note">{t('behaviour.cohort.partial')}</p> : null}
    </section>
  );
}
