import { useId } from 'react';
import { useFormat, useMessages, useText } from '../../../../src/i18n/useI18n';
import { LIFE_CYCLE_STAGE_NAMES, MARKET_NAMES, PROGRAM_TYPE_NAMES } from '../../../../src/results/programTypes';
import { PROGRAM_FIGURE_KEYS } from '../../../../src/results/programFigures';
import { RULE_TOPICS, type ProgramDesignState } from '../../state';
import type { ChecklistTally } from '../../content/mistakes';
import { namesMessages } from '../../messages/names';
import { onePageMessages } from '../../messages/onePage';
import { FIGURE_UNITS, figureText, mechanicParameters } from './figures';
import type { RoiStanding } from './reading';
import { RoiOutcomeBlock } from './RoiOutcomeBlock';

/**
 * The program on one sheet of paper: name, market and stage, goal, target customers, mechanics with their
 * parameters, rules, the channel, the risks the check-list leaves, the key figures and ROI's answer. Texts print
 * whole (pre-wrapped, never clipped); the layout is dense enough for one A4 page at ordinary lengths.
 */
export function ProgramSheet({ state, tally, standing }: { state: ProgramDesignState; tally: ChecklistTally; standing: RoiStanding }) {
  const t = useMessages(onePageMessages);
  const names = useMessages(namesMessages);
  const text = useText();
  const format = useFormat();
  const titleId = useId();
  const name = state.name.trim() || t('onePage.untitled');
  const written = (value: string) => (value.trim() === '' ? <span className="pd-sheet__missing">{t('onePage.notWritten')}</span> : value);
  return (
    <section className="pd-sheet" aria-labelledby={titleId}>
      <h3 id={titleId} className="pd-sheet__title">
        {name}
      </h3>
      <p className="pd-sheet__meta finding">
        <span>{t('onePage.labelled', { label: t('onePage.market'), value: state.market ? text(MARKET_NAMES[state.market]) : t('onePage.notSet') })}</span>
        <span>{t('onePage.labelled', { label: t('onePage.stage'), value: state.stage ? text(LIFE_CYCLE_STAGE_NAMES[state.stage]) : t('onePage.notSet') })}</span>
      </p>

      <div className="pd-sheet__pair">
        <div>
          <h4>{t('onePage.goal')}</h4>
          {state.goals.length > 0 ? (
            <ul className="pd-sheet__tags">
              {state.goals.map((goal) => (
                <li key={goal}>{names(`goal.${goal}`)}</li>
              ))}
            </ul>
          ) : null}
          <p className="pd-sheet__text">{written(state.goalText)}</p>
        </div>
        <div>
          <h4>{t('onePage.target')}</h4>
          {state.target.source === 'segmentation' && state.target.segmentKeys.length > 0 ? (
            <p className="pd-sheet__text">{t('onePage.segments', { count: state.target.segmentKeys.length })}</p>
          ) : null}
          <p className="pd-sheet__text">{written(state.target.description)}</p>
        </div>
      </div>

      <h4>{t('onePage.mechanics')}</h4>
      {state.mechanics.chosen.length === 0 ? (
        <p className="pd-sheet__missing">{t('onePage.notWritten')}</p>
      ) : (
        <ul className="pd-sheet__mechanics">
          {state.mechanics.chosen.map((mechanic) => (
            <li key={mechanic.id}>
              <LabelledLine label={text(PROGRAM_TYPE_NAMES[mechanic.type])} value={mechanicParameters(mechanic, t, format)} />
              {mechanic.rules.trim() !== '' ? <span className="pd-sheet__text"> — {mechanic.rules}</span> : null}
            </li>
          ))}
        </ul>
      )}

      <h4>{t('onePage.rules')}</h4>
      <dl className="pd-sheet__rules">
        {RULE_TOPICS.map((topic) => (
          <div key={topic}>
            <dt>{names(`rule.${topic}`)}</dt>
            <dd className="pd-sheet__text">{written(state.rules[topic])}</dd>
          </div>
        ))}
      </dl>

      <h4>{t('onePage.channel')}</h4>
      <p className="pd-sheet__text">{state.channel.throughPartners ? written(state.channel.partnersSide) : t('onePage.direct')}</p>

      <h4>{t('onePage.risks')}</h4>
      {tally.flagged.length === 0 && tally.unchecked.length === 0 ? <p>{t('onePage.noRisks')}</p> : null}
      {tally.flagged.length > 0 ? (
        <ul className="pd-sheet__risks">
          {tally.flagged.map((mistake) => (
            <li key={mistake}>
              <LabelledLine label={names(`mistake.${mistake}`)} value={state.mistakes[mistake]?.note ?? ''} />
            </li>
          ))}
        </ul>
      ) : null}
      {tally.unchecked.length > 0 ? <p className="pd-sheet__missing">{t('onePage.unchecked', { count: tally.unchecked.length })}</p> : null}

      <h4>{t('onePage.figures')}</h4>
      <RoiOutcomeBlock standing={standing} />
      <dl className="pd-sheet__figures">
        {PROGRAM_FIGURE_KEYS.map((key) => (
          <div key={key}>
            <dt>{t(`figure.${key}`)}</dt>
            <dd>{figureText(state.economics[key], FIGURE_UNITS[key], format, t)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** "Label: value" with the label in bold and the language's colon; a label alone when the value is empty. */
function LabelledLine({ label, value }: { label: string; value: string }) {
  const t = useMessages(onePageMessages);
  if (value.trim() === '') return <strong>{label}</strong>;
  // The message places the label and the colon ("{label}: {value}", "{label}：{value}"); the label is set in bold.
  const [before = '', after = ''] = t('onePage.labelled', { label: '\u0000', value: '\u0001' }).split('\u0000');
  const [colon = '', rest = ''] = after.split('\u0001');
  return (
    <>
      {before}
      <strong>{label}</strong>
      {colon}
      <span className="pd-sheet__text">{value}</span>
      {rest}
    </>
  );
}
