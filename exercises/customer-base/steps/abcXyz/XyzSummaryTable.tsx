import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import type { AbcXyzFigures } from '../../analysis/abcXyzAnalysis';
import { XYZ_GROUPS } from '../../../../src/customers/xyz';
import { abcXyzMessages } from '../../messages/abcXyz';
import type { AbcSettings } from '../../state';
import { ClassSummaryTable } from './ClassSummaryTable';

/** Per XYZ class (and the customers too new for one): customers, their share and their share of revenue; or why there is no XYZ. */
export function XyzSummaryTable({ figures, settings }: { figures: AbcXyzFigures; settings: AbcSettings }) {
  const t = useMessages(abcXyzMessages);
  const format = useFormat();
  const { xyz } = figures;
  const limits = { x: format.number(settings.x, 2), y: format.number(settings.y, 2) };
  const title = t('abcXyz.xyz.title');
  if (xyz.kind === 'tooFewMonths') {
    const instead = (
      <Callout tone="warning">
        <p>{t('abcXyz.xyz.tooFewMonths', { count: xyz.months })}</p>
      </Callout>
    );
    return <ClassSummaryTable id="cb-abc-xyz-title" title={title} columns={[]} rows={[]} instead={instead} />;
  }
  const rows = XYZ_GROUPS.map((group) => ({
    key: group,
    head: t(`abcXyz.xyz.${group}`, limits),
    cells: [
      format.integer(xyz.customers[group]),
      format.percent(figures.customers > 0 ? xyz.customers[group] / figures.customers : 0),
      figures.totalRevenue > 0 ? format.percent(xyz.revenue[group] / figures.totalRevenue) : '—',
    ],
    className: group === 'new' ? 'cb-abc-sub' : undefined,
  }));
  return (
    <ClassSummaryTable
      id="cb-abc-xyz-title"
      title={title}
      columns={[t('abcXyz.xyz.col.group'), t('abcXyz.xyz.col.customers'), t('abcXyz.xyz.col.customerShare'), t('abcXyz.xyz.col.revenueShare')]}
      rows={rows}
      note={xyz.noMean > 0 ? <p className="note">{t('abcXyz.xyz.noMean', { count: xyz.noMean })}</p> : null}
    />
  );
}
