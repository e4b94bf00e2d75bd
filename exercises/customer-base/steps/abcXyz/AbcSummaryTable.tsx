import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { AbcXyzFigures } from '../../analysis/abcXyzAnalysis';
import { ABC_CLASSES } from '../../../../src/customers/abc';
import { abcXyzMessages } from '../../messages/abcXyz';
import { ClassSummaryTable, type SummaryRow } from './ClassSummaryTable';

/** Per ABC class: customers, their share, the value and its share; C's zero- and negative-value customers on a line of their own, named below. */
export function AbcSummaryTable({ figures }: { figures: AbcXyzFigures }) {
  const t = useMessages(abcXyzMessages);
  const format = useFormat();
  const { abc, basis, customers } = figures;
  const { nonPositive } = abc;
  const share = (value: number | null) => (value === null ? '—' : format.percent(value));
  const rows: SummaryRow[] = ABC_CLASSES.map((name) => {
    const row = abc.classes[name];
    return { key: name, head: t(`abcXyz.abc.${name}`), cells: [format.integer(row.customers), format.percent(row.customerShare), format.money(row.value), share(row.valueShare)] };
  });
  if (nonPositive.customers > 0) {
    rows.push({ key: 'nonPositive', head: t('abcXyz.abc.nonPositive'), cells: [format.integer(nonPositive.customers), format.percent(nonPositive.customers / customers), format.money(nonPositive.value), '—'], className: 'cb-abc-sub' });
  }
  rows.push({
    key: 'total',
    head: t('abcXyz.abc.total'),
    cells: [format.integer(customers), format.percent(1), format.money(abc.positiveTotal + nonPositive.value), abc.positiveTotal > 0 ? format.percent(1) : '—'],
    className: 'cb-abc-total',
  });
  const named = figures.nonPositiveIds.join(', ');
  const ids = nonPositive.customers > figures.nonPositiveIds.length ? t('abcXyz.abc.andMore', { ids: named, count: nonPositive.customers - figures.nonPositiveIds.length }) : named;
  return (
    <ClassSummaryTable
      id="cb-abc-summary-title"
      title={t('abcXyz.abc.title')}
      columns={[t('abcXyz.abc.col.class'), t('abcXyz.abc.col.customers'), t('abcXyz.abc.col.customerShare'), t(`abcXyz.abc.col.value.${basis}`), t('abcXyz.abc.col.valueShare')]}
      rows={rows}
      note={nonPositive.customers > 0 ? <p className="note">{t(`abcXyz.abc.nonPositive.${basis}`, { count: nonPositive.customers, ids })}</p> : null}
    />
  );
}
