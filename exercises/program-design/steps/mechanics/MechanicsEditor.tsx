import { useId, useState } from 'react';
import type { Locale } from '../../../../src/i18n/locale';
import type { StepProps } from '../../../../src/workbook/contract';
import { PROGRAM_TYPES, PROGRAM_TYPE_NAMES, type ProgramType } from '../../../../src/results/programTypes';
import { useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { mechanicsMessages } from '../../messages/mechanics';
import type { DesignMechanic, ProgramDesignState } from '../../state';
import { MAX_MECHANICS, blankMechanic, moveMechanic, newMechanicId } from './mechanicList';
import { MechanicCard } from './MechanicCard';

interface MechanicsEditorProps extends Pick<StepProps<ProgramDesignState>, 'state' | 'update'> {
  locale: Locale;
}

/** A deleted mechanic and where it stood, until the participant undoes it or moves on. */
interface Deleted {
  mechanic: DesignMechanic;
  index: number;
}

/** The design's own list of mechanics: add one of a program type, tune its parameters, move, delete with an undo. */
export function MechanicsEditor({ state, update, locale }: MechanicsEditorProps) {
  const t = useMessages(mechanicsMessages);
  const selectId = useId();
  const [type, setType] = useState<ProgramType>(PROGRAM_TYPES[0]);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const { chosen } = state.mechanics;
  const setChosen = (change: (chosen: DesignMechanic[]) => DesignMechanic[]) =>
    update((current) => ({ ...current, mechanics: { ...current.mechanics, chosen: change(current.mechanics.chosen) } }));
  const add = () => {
    setDeleted(null);
    update((current) => {
      const { chosen: list, types, source } = current.mechanics;
      const mechanic = blankMechanic(type, newMechanicId(list.map((each) => each.id), Date.now()));
      // The first mechanic chosen here makes the list the participant's own; the type counts as considered.
      return {
        ...current,
        mechanics: {
          source: list.length === 0 ? 'own' : source,
          chosen: [...list, mechanic],
          types: types.includes(type) ? types : PROGRAM_TYPES.filter((each) => each === type || types.includes(each)),
          taken: list.length === 0 ? null : current.mechanics.taken,
        },
      };
    });
  };
  const remove = (index: number) => {
    const mechanic = chosen[index];
    if (!mechanic) return;
    setDeleted({ mechanic, index });
    setChosen((list) => list.filter((each) => each.id !== mechanic.id));
  };
  const undo = () => {
    if (!deleted) return;
    const { mechanic, index } = deleted;
    setDeleted(null);
    setChosen((list) => (list.some((each) => each.id === mechanic.id) ? list : [...list.slice(0, index), mechanic, ...list.slice(index)]));
  };
  return (
    <div className="pd-mech-editor">
      <h4>{t('mech.listTitle')}</h4>
      {deleted ? (
        <Callout
          tone="info"
          actions={
            <button type="button" className="button" onClick={undo}>
              {t('mech.undo')}
            </button>
          }
        >
          <p role="status">{t('mech.deleted', { name: PROGRAM_TYPE_NAMES[deleted.mechanic.type][locale] })}</p>
        </Callout>
      ) : null}
      {chosen.length === 0 ? <p className="finding">{t('mech.empty')}</p> : null}
      <ol className="pd-mech-list">
        {chosen.map((mechanic, index) => (
          <li key={mechanic.id}>
            <MechanicCard
              mechanic={mechanic}
              number={index + 1}
              first={index === 0}
              last={index === chosen.length - 1}
              locale={locale}
              onChange={(patch) => setChosen((list) => list.map((each) => (each.id === mechanic.id ? { ...each, ...patch } : each)))}
              onMove={(by) => setChosen((list) => moveMechanic(list, list.findIndex((each) => each.id === mechanic.id), by))}
              onDelete={() => remove(index)}
            />
          </li>
        ))}
      </ol>
      {chosen.length < MAX_MECHANICS ? (
        <div className="pd-mech-add no-print">
          <div className="field">
            <label htmlFor={selectId} className="field__label">
              {t('mech.addType')}
            </label>
            {/* Cast: the options are exactly PROGRAM_TYPES. */}
            <select id={selectId} value={type} onChange={(event) => setType(event.target.value as ProgramType)}>
              {PROGRAM_TYPES.map((option) => (
                <option key={option} value={option}>
                  {PROGRAM_TYPE_NAMES[option][locale]}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" onClick={add}>
            {t('mech.add')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
