import type { Formatters } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { Translate } from '../i18n/translate';
import { useFormat, useLocale, useMessages } from '../i18n/useI18n';
import { ScrollBox } from '../ui/ScrollBox';
import type { GroupCell, GroupSummary } from './format';
import { handInMessages, type HandInMessageKey } from './messages';

/** A figure as the exercise's own screen writes it: a share as a percentage, an amount in the header's currency. */
export function groupCellText(cell: GroupCell, locale: Locale, format: Formatters, t: Translate<HandInMessageKey>): string {
  if (cell.kind === 'text') return cell.value[locale];
  if (cell.value === null || !Number.isFinite(cell.value)) return t('handIn.value.none');
  switch (cell.kind) {
    case 'percent':
      return format.percent(cell.value, cell.decimals ?? 1);
    case 'money':
      return format.money(cell.value, cell.decimals ?? 0);
    case 'months':
      return t('handIn.value.months', { count: cell.value });
    case 'number':
      return cell.decimals === undefined ? format.number(cell.value) : format.fixed(cell.value, cell.decimals);
  }
}

/** The summary a hand-in carries, one table per section, as the preview shows it before the file is written. */
export function SummaryTables({ summary, headingLevel = 3 }: { summary: GroupSummary; headingLevel?: 3 | 4 }) {
  const locale = useLocale();
  const format = useFormat();
  const t = useMessages(handInMessages);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      {summary.sections.map((section) => (
        <section key={section.id} className="handin__section" aria-labelledby={`handin-${section.id}`}>
          <Heading id={`handin-${section.id}`} className="handin__section-title">
            {section.title[locale]}
          </Heading>
          <ScrollBox label={section.title[locale]}>
            <table className="handin__table">
              <tbody>
                {section.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label[locale]}</th>
                    <td className={row.cell.kind === 'text' ? undefined : 'number'}>{groupCellText(row.cell, locale, format, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </section>
      ))}
    </>
  );
}
