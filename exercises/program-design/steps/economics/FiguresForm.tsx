import { useFormat, useMessages, useText } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import { useAutosaveForm, type AutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import type { StepProps } from '../../../../src/workbook/contract';
import type { ProgramFigures } from '../../../../src/results/programFigures';
import { figureMark, takeFromDesign, type FigureKey, type FiguresFromDesign } from '../../model/economics';
import { economicsMessages } from '../../messages/economics';
import { PROGRAM_DESIGN_EXERCISE_ID, type ProgramDesignState } from '../../state';
import { hintText, originText, type DesignWords } from './designWords';
import { FIGURE_CODECS, FIGURE_GROUPS, figureSuffix, formatFigure } from './figureFields';

interface FiguresFormProps extends Pick<StepProps<ProgramDesignState>, 'state' | 'update'> {
  fromDesign: FiguresFromDesign;
  currency: string;
}

/** The sixteen figures in the ROI form's groups, each saying whether it comes from the design and from what. */
export function FiguresForm({ state, update, fromDesign, currency }: FiguresFormProps) {
  const t = useMessages(economicsMessages);
  const form = useAutosaveForm({
    exerciseId: PROGRAM_DESIGN_EXERCISE_ID,
    formId: 'economics',
    codecs: FIGURE_CODECS,
    values: state.economics,
    onValidChange: (patch) => update((current) => ({ ...current, economics: { ...current.economics, ...patch } })),
  });
  return (
    <>
      {FIGURE_GROUPS.map((group) => (
        <fieldset key={group.legend} className="fieldset">
          <legend>{t(`economics.legend.${group.legend}`)}</legend>
          <div className="fields">
            {group.figures.map((key) => (
              <FigureField key={key} form={form} figure={key} economics={state.economics} fromDesign={fromDesign} currency={currency} update={update} />
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}

interface FigureFieldProps extends Pick<StepProps<ProgramDesignState>, 'update'> {
  form: AutosaveForm<ProgramFigures>;
  figure: FigureKey;
  economics: ProgramFigures;
  fromDesign: FiguresFromDesign;
  currency: string;
}

function FigureField({ form, figure, economics, fromDesign, currency, update }: FigureFieldProps) {
  const t = useMessages(economicsMessages);
  const words: DesignWords = { t, format: useFormat(), text: useText() };
  const label = t(`economics.figure.${figure}`);
  const designHint = fromDesign.hints[figure];
  const mark = figureMark(figure, economics, fromDesign);
  const hint = (
    <>
      {t(`economics.figure.${figure}.hint`)}
      {designHint ? <span className="pd-econ__design-hint"> {hintText(designHint, words)}</span> : null}
    </>
  );
  return (
    <div className="pd-econ__figure">
      <Field form={form} name={figure} label={label} hint={hint} suffix={figureSuffix(figure, t, currency)} />
      {mark.kind === 'fromDesign' ? (
        <p className="pd-econ__mark pd-econ__mark--design">{t('economics.mark.fromDesign', { origin: originText(mark.design.origin, words) })}</p>
      ) : mark.kind === 'designDiffers' ? (
        <p className="pd-econ__mark">
          {t('economics.mark.differs', { value: formatFigure(figure, mark.design.value, words.format, t), origin: originText(mark.design.origin, words) })}{' '}
          <button
            type="button"
            className="button button--quiet pd-econ__use no-print"
            aria-label={t('economics.mark.useLabel', { value: formatFigure(figure, mark.design.value, words.format, t), figure: label })}
            onClick={() => update((current) => takeFromDesign(current, [figure]))}
          >
            {t('economics.mark.use', { value: formatFigure(figure, mark.design.value, words.format, t) })}
          </button>
        </p>
      ) : null}
    </div>
  );
}
