import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';

export interface LabelledPoint {
  x: number;
  y: number;
  label: string;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Rough width of a label: CJK glyphs are about a font size wide, others a little over half. */
function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef]/u.test(ch) ? fontSize : fontSize * 0.56;
  return width;
}

/**
 * Names beside the points of a scatter, placed so they do not cover each other: each label tries spots
 * around its point (right, left, above, below, then further out) and takes the first one that is free and
 * inside the plot. With many points crowded together a label may still overlap; the chart's data table
 * has every figure.
 */
export function PointLabels({ points, fontSize, dotRadius, color }: { points: readonly LabelledPoint[]; fontSize: number; dotRadius: number; color: string }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  // A label starts a little clear of its dot's rim, however large the dot is drawn.
  const dotReach = Math.max(dotRadius, fontSize * 0.3);
  const gap = dotReach + fontSize * 0.3;
  const height = fontSize * 1.15;
  // How far a label may reach past the plot area into the chart's margins (the right margin is 3 font sizes).
  const slack = fontSize * 0.6;
  const positioned = points
    .map((point) => ({ point, px: Number(xScale(point.x)), py: Number(yScale(point.y)) }))
    .filter((entry) => Number.isFinite(entry.px) && Number.isFinite(entry.py));
  // Every point's own dot is an obstacle too, so labels never sit on another feature's dot.
  const dots: Box[] = positioned.map(({ px, py }) => ({ left: px - dotReach, right: px + dotReach, top: py - dotReach, bottom: py + dotReach }));
  const placed: Box[] = [];
  const labels = positioned.map(({ point, px, py }) => {
    const width = textWidth(point.label, fontSize);
    const candidates: { dx: number; dy: number; anchor: 'start' | 'end' | 'middle' }[] = [];
    for (const step of [0, 1, 2, 3]) {
      const lift = step * height;
      candidates.push(
        { dx: gap, dy: -lift, anchor: 'start' },
        { dx: -gap, dy: -lift, anchor: 'end' },
        { dx: gap, dy: lift, anchor: 'start' },
        { dx: -gap, dy: lift, anchor: 'end' },
        { dx: 0, dy: -(gap + lift + height / 2), anchor: 'middle' },
        { dx: 0, dy: gap + lift + height / 2, anchor: 'middle' },
      );
    }
    const boxOf = (candidate: (typeof candidates)[number]): Box => {
      const left = candidate.anchor === 'start' ? px + candidate.dx : candidate.anchor === 'end' ? px + candidate.dx - width : px - width / 2;
      const centre = py + candidate.dy;
      return { left, right: left + width, top: centre - height / 2, bottom: centre + height / 2 };
    };
    const inside = (box: Box) => box.left >= plot.x - slack && box.right <= plot.x + plot.width + slack * 4 && box.top >= plot.y - height && box.bottom <= plot.y + plot.height + height;
    const free = (box: Box) => inside(box) && !placed.some((other) => overlaps(box, other)) && !dots.some((dot) => overlaps(box, dot));
    const chosen = candidates.find((candidate) => free(boxOf(candidate))) ?? candidates.find((candidate) => inside(boxOf(candidate))) ?? candidates[0];
    // Cast: the loop above always picks one of the candidates (the first is the fallback).
    const box = boxOf(chosen as (typeof candidates)[number]);
    placed.push(box);
    return { key: `${point.label}-${px}-${py}`, text: point.label, x: chosen?.anchor === 'middle' ? px : chosen?.anchor === 'end' ? box.right : box.left, y: (box.top + box.bottom) / 2, anchor: chosen?.anchor ?? 'start' };
  });
  return (
    <g className="kano-point-labels" aria-hidden="true">
      {labels.map((label) => (
        <text
          key={label.key}
          x={label.x}
          y={label.y}
          textAnchor={label.anchor}
          dominantBaseline="central"
          fontSize={fontSize}
          fill={color}
          stroke="#fff"
          strokeWidth={fontSize / 4}
          paintOrder="stroke"
        >
          {label.text}
        </text>
      ))}
    </g>
  );
}
