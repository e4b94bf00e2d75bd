import type { Locale } from '../../../../src/i18n/locale';
import { INTL_TAG } from '../../../../src/i18n/locale';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { LEVER_CONTENT, LEVER_GROUP_CONTENT } from '../../content/levers';
import type { LeverSummary } from '../../model/levers';
import { leversMessages } from '../../messages/levers';

/** Per group: how many levers are rated, their mean and the strong ones; a card per group on a phone. */
export function LeverSummaryTable({ summary, locale }: { summary: LeverSummary; locale: Locale }) {
  const t = useMessages(leversMessages);
  const format = useFormat();
  const list = new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' });
  return (
    <table className="table-cards in-levers-summary" aria-label={t('levers.summaryTitle')}>
      <thead>
        <tr>
          <th scope="col">{t('levers.col.group')}</th>
          <th scope="col">{t('levers.col.mean')}</th>
          <th scope="col">{t('levers.col.rated')}</th>
          <th scope="col">{t('levers.col.strong')}</th>
        </tr>
      </thead>
      <tbody>
        {summary.groups.map((group) => (
          <tr key={group.group}>
            <th scope="row" data-label={t('levers.col.group')}>
              {LEVER_GROUP_CONTENT[group.group].name[locale]}
            </th>
            <td data-label={t('levers.col.mean')} className="number">
              {group.mean === null ? t('levers.noMean') : format.fixed(group.mean, 1)}
            </td>
            <td data-label={t('levers.col.rated')}>{t('levers.ratedOf', { rated: group.rated.length, total: group.total })}</td>
            <td data-label={t('levers.col.strong')}>
              {group.strong.length === 0 ? t('levers.noStrong') : list.format(group.strong.map((entry) => `${LEVER_CONTENT[entry.lever].name[locale]} (${entry.rating})`))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
