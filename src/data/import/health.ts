/**
 * What the import report must say before the user accepts, beyond counting problems: a mapped column whose
 * values mostly fail (mapped to the wrong column of the file, or written in another format) is a warning
 * that needs the user's attention, not a long list of row remarks they may scroll past.
 */
import type { DatasetSpec } from '../spec';
import { isScaleColumn } from './scaleFit';
import type { ColumnHealth, ImportReport, ScaleFit } from './types';

/** More than this share of a column's values failing is no longer a few typos. */
export const MOSTLY_FAILING_SHARE = 0.5;

export interface ReportWarnings {
  /**
   * Mapped columns where more than half the values failed, in spec order; columns on the spec's scale whose
   * only failures are answers past it are left to `scale`, which speaks for them all.
   */
  failing: ColumnHealth[];
  scale: ScaleFit | null;
  /** The user must look before "accept": a column that mostly failed, or a file that looks like another scale. */
  needAttention: boolean;
}

type Checked = Pick<ImportReport, 'columnHealth' | 'problemCounts' | 'scaleFit'>;

export function reportWarnings(report: Checked, spec: DatasetSpec): ReportWarnings {
  const scale = spec.scale;
  const mostlyFailing = report.columnHealth.filter((health) => health.checked > 0 && health.failed / health.checked > MOSTLY_FAILING_SHARE);
  const explainedByScale = (health: ColumnHealth): boolean => {
    const column = spec.columns.find((candidate) => candidate.key === health.column);
    if (report.scaleFit === null || scale === undefined || column === undefined || !isScaleColumn(column, scale)) return false;
    return report.problemCounts.every((entry) => entry.column !== health.column || entry.code === 'outOfRange' || entry.code === 'tooLong');
  };
  return {
    failing: mostlyFailing.filter((health) => !explainedByScale(health)),
    scale: report.scaleFit,
    needAttention: mostlyFailing.length > 0 || (report.scaleFit?.proposedMax ?? null) !== null,
  };
}
