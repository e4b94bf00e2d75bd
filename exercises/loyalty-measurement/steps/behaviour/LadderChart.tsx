import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { edgeRoom } from '../../../../src/charts/categoryAxis';
import { CHART_TEXT_COLOR, sideCategories } from '../../../../src/charts/categoryAxes';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { LadderCounts } from '../../model/behaviour';
import type { RetentionPeriod } from '../../state';
import { behaviourMessages } from '../../messages/behaviour';

const STAGES = ['firstPurchase', 'repeat', 'regular'] as const satisfies readonly (keyof LadderCounts)[];
const STAGE_COLORS: Record<(typeof STAGES)[number], string> = { firstPurchase: CHART_COLORS.sky, repeat: CHART_COLORS.primary, regular: CHART_COLORS.positive };

/** The ladder's stages that sales can show, bottom rung first, each customer on one; advocates wait for the survey. */
export function LadderChart({ ladder, period, presenter }: { ladder: LadderCounts; period: RetentionPeriod; presenter: boolean }) {
  const t = useMessages(behaviourMessages);
  const format = useFormat();
  const labels = STAGES.map((stage) => ({ key: stage, name: t(`behaviour.ladder.${stage}`) }));
  const data = STAGES.map((stage) => ({ key: stage, customers: ladder[stage] }));
  const table = { columns: [t('behaviour.ladder.stage'), t('behaviour.ladder.customers')], rows: STAGES.map((stage) => [t(`behaviour.ladder.${stage}`), format.integer(ladder[stage])]) };
  const most = Math.max(1, ...STAGES.map((stage) => ladder[stage]));
  return (
    <div className="behaviour-block">
      <ChartFrame title={t('behaviour.ladder.title')} description={t('behaviour.ladder.description')} presenter={presenter} table={table} height={{ normal: 200, presenter: 320 }}>
        {(sizing) => {
          // The count is written past the end of its bar: the longest bar needs room for it.
          const margin = { top: 4, right: edgeRoom(format.integer(most), sizing.measure) * 2 + 8, bottom: 4, left: 4 };
          const side = sideCategories(labels, sizing, { minRowHeight: presenter ? 56 : 36, margin });
          const chart = (
            <BarChart data={data} layout="vertical" margin={margin}>
              <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" height={side.xAxisHeight} allowDecimals={false} tickFormatter={(value: number) => format.integer(value)} tick={{ fontSize: sizing.fontSize, fill: CHART_TEXT_COLOR }} />
              <YAxis {...side.yAxis} />
              <Tooltip formatter={(value) => (typeof value === 'number' ? format.integer(value) : String(value))} labelFormatter={side.nameOf} contentStyle={{ fontSize: sizing.fontSize }} />
              <Bar dataKey="customers" name={t('behaviour.ladder.customers')} isAnimationActive={false}>
                {STAGES.map((stage) => (
                  <Cell key={stage} fill={STAGE_COLORS[stage]} />
                ))}
                <LabelList dataKey="customers" position="right" formatter={(value: unknown) => (typeof value === 'number' ? format.integer(value) : '')} fontSize={sizing.fontSize} fill={CHART_TEXT_COLOR} />
              </Bar>
            </BarChart>
          );
          return { chart, height: side.height, keyEntries: side.keyEntries };
        }}
      </ChartFrame>
      <p className="explain">{t('behaviour.ladder.definition', { period: t(`behaviour.period.${period}`) })}</p>
      <p className="note">{t('behaviour.ladder.advocates')}</p>
    </div>
  );
}
