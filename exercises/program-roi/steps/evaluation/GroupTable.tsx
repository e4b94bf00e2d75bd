import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { DifferenceInDifferences } from '../../model';
import { roiMessages } from '../../messages';
import { signedNumber } from './signedFigures';

/** Both groups before and after, and the difference of their changes: the arithmetic of the DiD in full view. */
export function GroupTable({ result }: { result: DifferenceInDifferences }) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const groups = [
    { key: 'members', figures: result.members },
    { key: 'nonMembers', figures: result.nonMembers },
  ] as const;
  return (
    <ScrollBox label={t('evaluation.table.caption')}>
      <table className="roi-evaluation-table">
        <caption>{t('evaluation.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.table.group')}</th>
            <th scope="col" className="number">{t('evaluation.table.customers')}</th>
            <th scope="col" className="number">{t('evaluation.table.spendBefore')}</th>
            <th scope="col" className="number">{t('evaluation.table.spendAfter')}</th>
            <th scope="col" className="number">{t('evaluation.table.spendChange')}</th>
            <th scope="col" className="number">{t('evaluation.table.purchasesBefore')}</th>
            <th scope="col" className="number">{t('evaluation.table.purchasesAfter')}</th>
            <th scope="col" className="number">{t('evaluation.table.purchasesChange')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map(({ key, figures }) => (
            <tr key={key}>
              <th scope="row">{t(`evaluation.group.${key}`)}</th>
              <td className="number">{format.integer(figures.customers)}</td>
              <td className="number">{format.money(figures.before.spend)}</td>
              <td className="number">{format.money(figures.after.spend)}</td>
              <td className="number">{format.signedMoney(figures.after.spend - figures.before.spend)}</td>
              <td className="number">{format.number(figures.before.purchases, 2)}</td>
              <td className="number">{format.number(figures.after.purchases, 2)}</td>
              <td className="number">{signedNumber(format, figures.after.purchases - figures.before.purchases)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t('evaluation.group.did')}
            </th>
            <td className="number">{format.signedMoney(result.spendDid)}</td>
            <td colSpan={2} />
            <td className="number">{signedNumber(format, result.frequencyDid)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollBox>
  );
}
