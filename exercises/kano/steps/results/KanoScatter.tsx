import type { ReactNode } from 'react';
import { ChartFrame, type ChartTable } from '../../../../src/charts/ChartFrame';
import { drawLabelledScatter, type ScatterDatum } from '../../../../src/charts/LabelledScatter';
import type { CornerLabel, ScatterAxis } from '../../../../src/charts/scatterLayout';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { KanoCategory } from '../../model';
import { kanoMessages } from '../../messages';
import { categoryLegend } from './categoryColors';

interface KanoScatterProps<P extends ScatterDatum & { category: KanoCategory | null }> {
  title: string;
  description: string;
  presenter: boolean;
  height: { normal: number; presenter: number };
  table: ChartTable;
  points: readonly P[];
  /** The same scale across and up. */
  axis: ScatterAxis;
  axisTitles: { x: string; y: string };
  references: { x: number; y: number };
  corners?: readonly CornerLabel[];
  tooltip: (point: P) => ReactNode;
}

/** A Kano scatter of the features: each in its category's colour and shape, the categories in the legend above. */
export function KanoScatter<P extends ScatterDatum & { category: KanoCategory | null }>({ axis, references, corners, tooltip, points, ...frame }: KanoScatterProps<P>) {
  const model = useMessages(kanoMessages);
  return (
    <ChartFrame {...frame} legend={categoryLegend(points.map((point) => point.category), (category) => model(`category.${category}.name`))}>
      {(sizing) => drawLabelledScatter({ sizing, height: sizing.height, points, x: axis, y: axis, references, corners, tooltip })}
    </ChartFrame>
  );
}
