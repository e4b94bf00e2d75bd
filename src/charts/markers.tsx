/**
 * Point shapes, so a category is told by its shape as well as its colour (colour alone fails a colour-blind
 * reader, and a greyscale printout).
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'plus' | 'star';

/** An SVG path of `shape` centred on (cx, cy), about as large as a circle of radius r. */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  const polygon = (points: readonly (readonly [number, number])[]) => `M${points.map(([px, py]) => `${round(cx + px)},${round(cy + py)}`).join('L')}Z`;
  switch (shape) {
    case 'circle':
      return `M${round(cx - r)},${round(cy)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square': {
      const h = r * 0.9;
      return polygon([[-h, -h], [h, -h], [h, h], [-h, h]]);
    }
    case 'triangle': {
      const h = r * 1.25;
      return polygon([[0, -h], [h * 0.87, h * 0.5], [-h * 0.87, h * 0.5]]);
    }
    case 'diamond': {
      const h = r * 1.25;
      return polygon([[0, -h], [h, 0], [0, h], [-h, 0]]);
    }
    case 'plus': {
      const a = r * 1.15;
      const b = r * 0.4;
      return polygon([[-b, -a], [b, -a], [b, -b], [a, -b], [a, b], [b, b], [b, a], [-b, a], [-b, b], [-a, b], [-a, -b], [-b, -b]]);
    }
    case 'star': {
      const outer = r * 1.35;
      const inner = outer * 0.45;
      const points = Array.from({ length: 10 }, (_, index) => {
        const angle = -Math.PI / 2 + (index * Math.PI) / 5;
        const radius = index % 2 === 0 ? outer : inner;
        return [Math.cos(angle) * radius, Math.sin(angle) * radius] as const;
      });
      return polygon(points);
    }
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

/** A marker with a white rim, which keeps it apart from a grid or reference line it sits on. */
export function Marker({ shape, cx, cy, r, fill }: { shape: MarkerShape; cx: number; cy: number; r: number; fill: string }) {
  return <path d={markerPath(shape, cx, cy, r)} fill={fill} stroke="#fff" strokeWidth={Math.max(1, r / 5)} />;
}
