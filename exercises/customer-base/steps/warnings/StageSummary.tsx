import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { WarningsSummary } from '../../analysis/warningsAnalysis';
import { warningsMessages } from '../../messages/warnings';
import { FUNNEL_STAGES, STAGES } from '../../../../src/customers/lifecycle';
import { StageChart } from './StageChart';

/** The stages: a bar per stage, then each stage's customers, revenue and share, and what it calls for; how a stage is read. */
export function StageSummary({ summary, k, presenter }: { summary: WarningsSummary; k: number; presenter: boolean }) {
  const t = useMessages(warningsMessages);
  const format = useFormat();
  const { stages } = summary;
  const revenue = STAGES.reduce((sum, stage) => sum + stages[stage].revenue, 0);
  return (
    <section className="cb-warnings-stages" aria-labelledby="cb-warnings-stages-title">
      <h3 id="cb-warnings-stages-title">{t('stages.title')}</h3>
      <StageChart stages={stages} presenter={presenter} />
      <ScrollBox label={t('stages.title')} className="cb-warnings-stage-table">
        <table className="table-cards" aria-label={t('stages.title')}>
          <thead>
            <tr>
              <th scope="col">{t('stages.stage')}</th>
              <th scope="col">{t('stages.customers')}</th>
              <th scope="col">{t('stages.revenue')}</th>
              <th scope="col">{t('stages.share')}</th>
              <th scope="col">{t('stages.action')}</th>
            </tr>
          </thead>
          <tbody>
            {FUNNEL_STAGES.map((stage) => (
              <tr key={stage}>
                <th scope="row">{t(`stage.${stage}`)}</th>
                <td data-label={t('stages.customers')}>{format.integer(stages[stage].customers)}</td>
                <td data-label={t('stages.revenue')}>{stage === 'lapsed' ? t('stages.lapsedRevenue', { money: format.money(stages.lapsed.revenue) }) : format.money(stages[stage].revenue)}</td>
                <td data-label={t('stages.share')}>{stage === 'lapsed' || revenue <= 0 ? '—' : format.percent(stages[stage].revenue / revenue, 0)}</td>
                <td data-label={t('stages.action')} className="cb-warnings-stage-action">
                  {t(`stage.${stage}.action`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p className="explain">
        {summary.typicalInterval === null
          ? t('stages.definition.lapsingNoTypical', { k: format.number(k, 1), days: summary.oneOffDays })
          : t('stages.definition.lapsing', { k: format.number(k, 1), days: summary.oneOffDays, typical: format.number(summary.typicalInterval, 0) })}
      </p>
      <p className="explain">{t('stages.definition.others')}</p>
    </section>
  );
}
