/**
 * One look for every chart: colours that stay apart on a washed-out projector and for red–green
 * colour blindness (Okabe–Ito palette), and type sizes that grow in presenter mode.
 */
export const CHART_COLORS = {
  primary: '#0072B2',
  secondary: '#E69F00',
  positive: '#009E73',
  negative: '#D55E00',
  neutral: '#6B7280',
  accent: '#CC79A7',
  sky: '#56B4E9',
  danger: '#B42318',
  grid: '#D9DEE5',
  zone: '#FDE2DD',
} as const;

export const SERIES_COLORS = [CHART_COLORS.primary, CHART_COLORS.secondary, CHART_COLORS.positive, CHART_COLORS.negative, CHART_COLORS.accent, CHART_COLORS.sky];

export interface ChartSizing {
  height: number;
  fontSize: number;
  strokeWidth: number;
  dotRadius: number;
}

export function chartSizing(presenter: boolean, height: { normal: number; presenter: number } = { normal: 320, presenter: 560 }): ChartSizing {
  return presenter
    ? { height: height.presenter, fontSize: 20, strokeWidth: 4, dotRadius: 6 }
    : { height: height.normal, fontSize: 12, strokeWidth: 2, dotRadius: 3 };
}
