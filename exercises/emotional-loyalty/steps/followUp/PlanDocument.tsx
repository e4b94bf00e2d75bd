import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { followUpMessages } from '../../messages/followUp';
import { budgetTotals, plannedActions } from '../../model/rating';
import type { EmotionalState } from '../../state';
import { useEmotionalNames } from '../shared/useNames';

/** The plan as one table to print: every action by date, its texts whole, and the total. */
export function PlanDocument({ state }: { state: EmotionalState }) {
  const t = useMessages(followUpMessages);
  const names = useEmotionalNames();
  const format = useFormat();
  const planned = plannedActions(state);
  const touchpointName = (id: string) => {
    const index = state.touchpoints.findIndex((touchpoint) => touchpoint.id === id);
    const touchpoint = state.touchpoints[index];
    return touchpoint ? names.touchpoint(touchpoint, index) : '';
  };
  return (
    <ScrollBox label={t('document.title')}>
      <table className="el-plan-document table-cards">
        <thead>
          <tr>
            <th scope="col">{t('document.when')}</th>
            <th scope="col">{t('document.what')}</th>
            <th scope="col">{t('document.owner')}</th>
            <th scope="col" className="number">
              {t('document.budget')}
            </th>
            <th scope="col">{t('document.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {planned.map(({ idea, action }) => {
            const description = names.ideaDescription(idea);
            const where = touchpointName(idea.touchpointId);
            return (
              <tr key={idea.id}>
                <td data-label={t('document.when')} className="el-plan-document__when">
                  {action.date ? format.date(action.date) : t('document.noDate')}
                </td>
                <th scope="row" data-label={t('document.what')} className="el-plan-document__what">
                  <span className="el-plan-document__title">{names.ideaTitle(idea)}</span>
                  {where ? <span className="el-plan-document__touchpoint">{where}</span> : null}
                  {description ? <span className="el-plan-document__text">{description}</span> : null}
                </th>
                <td data-label={t('document.owner')} className="el-plan-document__text el-plan-document__owner">
                  {action.owner}
                </td>
                <td data-label={t('document.budget')} className="number">
                  {action.budget === null ? '' : format.money(action.budget)}
                </td>
                <td data-label={t('document.evidence')} className="el-plan-document__text">
                  {action.evidence}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('document.total')}
            </th>
            <td className="number" data-label={t('document.budget')}>
              {format.money(budgetTotals(state).total)}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </ScrollBox>
  );
}
