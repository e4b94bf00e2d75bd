import { useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import type { StepProps } from '../../../../src/workbook/contract';
import { DIMENSIONS, itemsOfDimension, ITEM_COUNT } from '../../structure';
import { presetText } from '../../statements';
import { enabledItems, type Questionnaire, type ServqualState, type StatementSetting } from '../../state';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';

interface StatementListProps {
  questionnaire: Questionnaire;
  update: StepProps<ServqualState>['update'];
  locale: Locale;
}

/** The 22 statements under their dimensions: each can be reworded (and reset) or left out of the survey. */
export function StatementList({ questionnaire, update, locale }: StatementListProps) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const enabledCount = enabledItems(questionnaire).length;

  const setStatement = (item: number, change: Partial<StatementSetting>) =>
    update((current) => ({
      ...current,
      questionnaire: {
        ...current.questionnaire,
        statements: current.questionnaire.statements.map((statement) => (statement.item === item ? { ...statement, ...change } : statement)),
      },
    }));

  const setText = (item: number, text: string) =>
    // Typing the preset's exact words back is the same as no edit: the statement follows the language again.
    setStatement(item, { text: text === presetText(item, questionnaire.preset, locale) ? null : text });

  return (
    <section className="step-section" aria-labelledby="sq-statements-title">
      <h3 id="sq-statements-title">{ui('questionnaire.statementsTitle')}</h3>
      <p className="explain explain--detail">{ui('questionnaire.statementsIntro')}</p>
      <p className="sq-count" role="status">
        {ui('questionnaire.enabledCount', { count: enabledCount, total: ITEM_COUNT })}
      </p>
      {DIMENSIONS.map((dimension) => (
        <fieldset key={dimension} className="fieldset sq-dimension">
          <legend>{t(`dimension.${dimension}.name`)}</legend>
          <p className="field__hint">{t(`dimension.${dimension}.explanation`)}</p>
          <ol className="sq-statements">
            {itemsOfDimension(dimension).map((item) => {
              const setting = questionnaire.statements[item - 1];
              if (!setting) return null;
              const preset = presetText(item, questionnaire.preset, locale);
              const edited = setting.text !== null && setting.text !== preset;
              const textId = `sq-statement-${item}`;
              return (
                <li key={item} className={`sq-statement${setting.enabled ? '' : ' sq-statement--off'}${edited ? ' sq-statement--edited' : ''}`}>
                  <span className="sq-statement__number" aria-hidden="true">
                    {item}
                  </span>
                  <div className="sq-statement__body">
                    <label htmlFor={textId} className="visually-hidden">
                      {ui('questionnaire.statementLabel', { item })}
                    </label>
                    <textarea
                      id={textId}
                      rows={2}
                      value={setting.text ?? preset}
                      disabled={!setting.enabled}
                      onChange={(event) => setText(item, event.target.value)}
                    />
                    {setting.text !== null && setting.text.trim() === '' ? <p className="field__hint">{ui('questionnaire.emptyFallsBack')}</p> : null}
                  </div>
                  <div className="sq-statement__actions">
                    <label className="sq-toggle">
                      <input
                        type="checkbox"
                        aria-label={ui('questionnaire.includeItem', { item })}
                        checked={setting.enabled}
                        onChange={(event) => setStatement(item, { enabled: event.target.checked })}
                      />
                      <span aria-hidden="true">{ui('questionnaire.include')}</span>
                    </label>
                    {edited ? (
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-label={ui('questionnaire.resetItem', { item })}
                        onClick={() => setStatement(item, { text: null })}
                      >
                        {ui('questionnaire.reset')}
                      </button>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ol>
        </fieldset>
      ))}
    </section>
  );
}
