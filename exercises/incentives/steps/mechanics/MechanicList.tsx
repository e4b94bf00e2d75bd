import { useId, useState } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { INTL_TAG } from '../../../../src/i18n/locale';
import type { StepProps } from '../../../../src/workbook/contract';
import { PROGRAM_TYPE_NAMES, PROGRAM_TYPES, type ProgramType } from '../../../../src/results/programTypes';
import { newMechanic } from '../../model/mechanics';
import { rankProgramTypes, shortList } from '../../model/ranking';
import type { ChosenMechanic, IncentivesState } from '../../state';
import { mechanicsMessages } from '../../messages/mechanics';
import { moveItem, restoreItem, type Removed } from './listEdits';
import { MechanicCard } from './MechanicCard';
import { UndoNotice } from './UndoNotice';

/** state.ts caps the list at 20. */
const MAX_MECHANICS = 20;

/** The chosen mechanics: add from a program type (the short list's first), edit, move, delete with an undo. */
export function MechanicList({ state, update, locale }: Pick<StepProps<IncentivesState>, 'state' | 'update' | 'locale'>) {
  const t = useMessages(mechanicsMessages);
  const format = useFormat();
  const selectId = useId();
  const short = shortList(rankProgramTypes(state.scores)).map((entry) => entry.type);
  // The short list first, in its order, then the other types: what the participant chose is one step away.
  const ordered = [...short, ...PROGRAM_TYPES.filter((type) => !short.includes(type))];
  const [type, setType] = useState<ProgramType>(ordered[0] ?? 'points');
  const [removed, setRemoved] = useState<Removed<ChosenMechanic> | null>(null);
  const currencySign = format.money(0).replace(/[\d\s.,\u00a0\u202f]/g, '') || format.currency;
  const list = new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' });
  const typeName = (value: ProgramType) => PROGRAM_TYPE_NAMES[value][locale];

  const setMechanics = (change: (mechanics: ChosenMechanic[]) => ChosenMechanic[]) => update((current) => ({ ...current, mechanics: change(current.mechanics) }));
  const add = () => {
    setRemoved(null);
    setMechanics((mechanics) => [...mechanics, newMechanic(type)]);
  };
  const remove = (index: number) => {
    const item = state.mechanics[index];
    if (!item) return;
    setRemoved({ item, index });
    setMechanics((mechanics) => mechanics.filter((mechanic) => mechanic.id !== item.id));
  };
  const undo = () => {
    if (!removed) return;
    setMechanics((mechanics) => (mechanics.length >= MAX_MECHANICS ? mechanics : restoreItem(mechanics, removed)));
    setRemoved(null);
  };
  const full = state.mechanics.length >= MAX_MECHANICS;

  return (
    <>
      <div className="in-add no-print">
        <div className="field">
          <label htmlFor={selectId} className="field__label">
            {t('mechanics.addType')}
          </label>
          {/* Cast in onChange: the options are PROGRAM_TYPES. */}
          <select id={selectId} value={type} onChange={(event) => setType(event.target.value as ProgramType)}>
            {ordered.map((option) => (
              <option key={option} value={option}>
                {typeName(option)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--primary" onClick={add} disabled={full}>
          {t('mechanics.add')}
        </button>
      </div>
      {short.length > 0 ? <p className="note no-print">{t('mechanics.shortList', { types: list.format(short.map(typeName)) })}</p> : null}
      {full ? <p className="note">{t('mechanics.atMax', { max: MAX_MECHANICS })}</p> : null}
      {removed ? (
        <UndoNotice
          text={t('mechanics.removed', { name: t('mechanics.item', { number: removed.index + 1, type: typeName(removed.item.type) }) })}
          undoLabel={t('mechanics.undo')}
          onUndo={undo}
        />
      ) : null}
      {state.mechanics.length === 0 ? <p className="finding">{t('mechanics.empty')}</p> : null}
      <ol className="in-mechanics">
        {state.mechanics.map((mechanic, index) => (
          <MechanicCard
            key={mechanic.id}
            mechanic={mechanic}
            number={index + 1}
            count={state.mechanics.length}
            margin={state.margin}
            locale={locale}
            currencySign={currencySign}
            onChange={(patch) => setMechanics((mechanics) => mechanics.map((item) => (item.id === mechanic.id ? { ...item, ...patch } : item)))}
            onMove={(by) => setMechanics((mechanics) => moveItem(mechanics, index, by))}
            onRemove={() => remove(index)}
          />
        ))}
      </ol>
    </>
  );
}
