import type { ReactNode } from 'react';
import type { ScatterShapeProps } from 'recharts';

/**
 * A scatter point drawn at a set radius. Recharts 3 sizes its built-in symbols from a ZAxis only when the
 * axis has a dataKey; without one the range is ignored and every point is 9 px, too small on a projector.
 * A white rim keeps a point apart from a grid or reference line it sits on.
 */
export function scatterDot(radius: number, fill: string) {
  // Recharts calls a function shape as a plain function per point, not as a component.
  return function drawDot({ cx, cy }: ScatterShapeProps) {
    if (cx === undefined || cy === undefined) return null;
    return <circle cx={cx} cy={cy} r={radius} fill={fill} stroke="#fff" strokeWidth={Math.max(1, radius / 5)} />;
  };
}

/** Point radius in pixels: 6 on screen, 12 (a 24 px dot) in presenter mode, from the chart theme's size. */
export const scatterDotRadius = (sizing: { dotRadius: number }) => sizing.dotRadius * 2;

/** The hover box of a feature's point: its name, then what the chart plots for it. */
export function pointTooltip<P extends { name: string }>(fontSize: number, detail: (point: P) => ReactNode) {
  return function drawTooltip({ payload }: { payload?: readonly { payload?: unknown }[] }) {
    // Cast: recharts types a tooltip's payload loosely; this chart's data are P.
    const point = payload?.[0]?.payload as P | undefined;
    return point ? (
      <div className="kano-tooltip" style={{ fontSize }}>
        <strong>{point.name}</strong>
        <br />
        {detail(point)}
      </div>
    ) : null;
  };
}
