import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import type { StepProps } from '../../../../src/workbook/contract';
import { optionalNumberCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import type { MatricesResult, MatrixView } from '../../analysis/matricesAnalysis';
import { CUSTOMER_BASE_EXERCISE_ID } from '../../inputs';
import { MATRIX_KINDS } from '../../model/matrices';
import { matricesMessages } from '../../messages/matrices';
import type { CustomerBaseState, MatrixSettings } from '../../state';
import { formatFigure, matrixTitleKey } from './figures';

// Module level: the autosave hook keys its effects on the codecs' identity. Profit may be a loss: no lower limit.
const codecs = {
  profit: optionalNumberCodec({ unit: 'money' }),
  revenue: optionalNumberCodec({ unit: 'money' }),
  potential: optionalNumberCodec({ unit: 'money', min: 0 }),
  size: optionalNumberCodec({ min: 0 }),
  duration: optionalNumberCodec({ min: 0, max: 1200 }),
};

type Line = keyof MatrixSettings;

/** Which matrices draw a line, and on which of their axes. */
function usesOf(line: Line, result: Extract<MatricesResult, { kind: 'ready' }>): Array<{ view: MatrixView; axis: 'x' | 'y' }> {
  const uses: Array<{ view: MatrixView; axis: 'x' | 'y' }> = [];
  for (const kind of MATRIX_KINDS) {
    const view = result.matrices[kind];
    if (view.kind !== 'ready') continue;
    if (view.x === line) uses.push({ view, axis: 'x' });
    if (view.y === line) uses.push({ view, axis: 'y' });
  }
  return uses;
}

type Props = Pick<StepProps<CustomerBaseState>, 'state' | 'update'> & { result: Extract<MatricesResult, { kind: 'ready' }> };

/** The quadrant lines: empty is the median, shown beside each input (per matrix when the customers placed differ). */
export function LinesForm({ state, update, result }: Props) {
  const t = useMessages(matricesMessages);
  const format = useFormat();
  const form = useAutosaveForm<MatrixSettings>({
    exerciseId: CUSTOMER_BASE_EXERCISE_ID,
    formId: 'matrices.lines',
    codecs,
    values: state.matrices,
    onValidChange: (patch) => update((current) => ({ ...current, matrices: { ...current.matrices, ...patch } })),
  });
  const lines = (['profit', 'revenue', 'potential', 'size', 'duration'] as const).filter((line) => usesOf(line, result).length > 0);
  const hint = (line: Line) => {
    const uses = usesOf(line, result);
    const medians = uses.map(({ view, axis }) => ({ view, value: view.medians[axis] }));
    const distinct = new Set(medians.map(({ value }) => value));
    if (distinct.size <= 1) return t('lines.median', { value: formatFigure(format, line, medians[0]?.value ?? 0) });
    const kindOf = (view: MatrixView) => MATRIX_KINDS.find((kind) => result.matrices[kind] === view) ?? 'duration';
    return t('lines.median', {
      value: medians.map(({ view, value }) => t('lines.medianIn', { value: formatFigure(format, line, value), matrix: t(matrixTitleKey(kindOf(view), view.x)) })).join('; '),
    });
  };
  return (
    <fieldset className="fieldset cb-matrices-lines">
      <legend>{t('lines.title')}</legend>
      <p className="field__hint">{t('lines.intro')}</p>
      <div className="fields">
        {lines.map((line) => (
          <Field key={line} form={form} name={line} label={t(`lines.${line}`)} hint={hint(line)} suffix={line === 'duration' ? t('lines.months') : undefined} />
        ))}
      </div>
    </fieldset>
  );
}
