import { ChartFrame, type LegendEntry } from '../../../../src/charts/ChartFrame';
import { drawLabelledScatter } from '../../../../src/charts/LabelledScatter';
import type { MarkerShape } from '../../../../src/charts/markers';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { planMessages } from '../../messages/plan';
import { HIGH_COST_FROM, HIGH_EFFECT_FROM, QUADRANTS, type Quadrant, type RatedIdea } from '../../model/rating';
import { useEmotionalNames } from '../shared/useNames';

/** Colour and shape per field, so the fields read apart in grey print and for red–green colour blindness too. */
export const QUADRANT_LOOK: Record<Quadrant, { color: string; shape: MarkerShape }> = {
  quickWin: { color: CHART_COLORS.positive, shape: 'circle' },
  bigBet: { color: CHART_COLORS.primary, shape: 'diamond' },
  fillIn: { color: CHART_COLORS.neutral, shape: 'square' },
  moneyPit: { color: CHART_COLORS.negative, shape: 'triangle' },
};

const CORNER: Record<Quadrant, 'topLeft' | 'topRight' | 'bottomLeft' | 'bottomRight'> = {
  quickWin: 'topLeft',
  bigBet: 'topRight',
  fillIn: 'bottomLeft',
  moneyPit: 'bottomRight',
};

// Half a mark of room around 1 and 5, so a point on the scale's end is drawn whole, clear of the axes.
const SCALE = { domain: [0.5, 5.5] as const, ticks: [1, 2, 3, 4, 5] };

interface ChartPoint {
  x: number;
  y: number;
  key: string;
  name: string;
  color: string;
  shape: MarkerShape;
  ideas: RatedIdea[];
}

/**
 * Ideas with the same two marks fall on one spot of a 1–5 grid, so each spot is one point carrying the priority
 * numbers of its ideas ("1, 4"); the names are in the priority list beside the chart, where they wrap whole.
 */
function chartPoints(order: readonly RatedIdea[]): ChartPoint[] {
  const spots = new Map<string, { ranks: number[]; ideas: RatedIdea[] }>();
  order.forEach((entry, index) => {
    const spot = `${entry.cost}:${entry.effect}`;
    const found = spots.get(spot) ?? { ranks: [], ideas: [] };
    found.ranks.push(index + 1);
    found.ideas.push(entry);
    spots.set(spot, found);
  });
  return [...spots.values()].flatMap(({ ranks, ideas }) => {
    const first = ideas[0];
    if (!first) return [];
    const label = ranks.join(', ');
    return [{ x: first.cost, y: first.effect, key: label, name: label, ...QUADRANT_LOOK[first.quadrant], ideas }];
  });
}

export function EffectCostChart({ order, presenter }: { order: readonly RatedIdea[]; presenter: boolean }) {
  const t = useMessages(planMessages);
  const names = useEmotionalNames();
  const format = useFormat();
  const points = chartPoints(order);
  const legend: LegendEntry[] = QUADRANTS.map((quadrant) => ({ label: t(`quadrant.${quadrant}`), color: QUADRANT_LOOK[quadrant].color, marker: QUADRANT_LOOK[quadrant].shape }));
  return (
    <div className={`el-plan-matrix${presenter ? ' el-plan-matrix--presenter' : ''}`}>
      <div className="el-plan-matrix__chart">
        <ChartFrame
          title={t('chart.title')}
          description={t('chart.description')}
          presenter={presenter}
          height={{ normal: 360, presenter: 560 }}
          legend={legend}
          axisTitles={{ x: t('chart.x'), y: t('chart.y') }}
          table={{
            columns: ['#', t('rating.idea'), t('rating.cost'), t('rating.effect'), t('rating.quadrant')],
            rows: order.map((entry, index) => [index + 1, names.ideaTitle(entry.idea), entry.cost, entry.effect, t(`quadrant.${entry.quadrant}`)]),
          }}
        >
          {(sizing) => {
            const drawing = drawLabelledScatter({
              sizing,
              height: sizing.height,
              points,
              x: { ...SCALE, format: (value) => format.integer(value) },
              y: { ...SCALE, format: (value) => format.integer(value) },
              // Between 3 and 4 on both scales: the marks that count as high (model/rating.ts).
              references: { x: HIGH_COST_FROM - 0.5, y: HIGH_EFFECT_FROM - 0.5, dashed: true },
              corners: QUADRANTS.map((quadrant) => ({ text: t(`quadrant.${quadrant}`), corner: CORNER[quadrant] })),
              tooltip: (point) => (
                <>
                  {point.ideas.map((entry) => names.ideaTitle(entry.idea)).join('; ')}
                  <br />
                  {t('chart.point', { cost: point.x, effect: point.y })}
                </>
              ),
            });
            // The priority list beside the chart names every number; a second key under the chart would repeat it.
            return { ...drawing, keyEntries: null };
          }}
        </ChartFrame>
      </div>
      <PriorityList order={order} />
    </div>
  );
}

/** The rated ideas in priority order: the chart's key, numbered as its points are. */
export function PriorityList({ order }: { order: readonly RatedIdea[] }) {
  const t = useMessages(planMessages);
  const names = useEmotionalNames();
  const format = useFormat();
  return (
    <section className="el-plan-priority" aria-labelledby="el-plan-priority-title">
      <h4 id="el-plan-priority-title">{t('priority.title')}</h4>
      <p className="note">{t('priority.note')}</p>
      <ol className="el-plan-priority__list">
        {order.map((entry) => (
          <li key={entry.idea.id}>
            <span className="el-plan-priority__title">{names.ideaTitle(entry.idea)}</span>
            <span className={`el-plan-quadrant el-plan-quadrant--${entry.quadrant}`}>{t(`quadrant.${entry.quadrant}`)}</span>
            <span className="el-plan-priority__score">
              {' · '}
              {t('priority.score', { score: entry.score > 0 ? `+${format.integer(entry.score)}` : entry.score < 0 ? `−${format.integer(-entry.score)}` : format.integer(0) })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
