import { useState } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { StepProps } from '../../../../src/workbook/contract';
import { ConfirmDialog } from '../../../../src/ui/ConfirmDialog';
import { removeDataset } from '../../../../src/workbook/exerciseData';
import { SERVQUAL_EXERCISE_ID } from '../../inputs';
import type { ServqualState, Wave } from '../../state';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';
import { newWaveId, todayIso } from '../shared/waveFiles';
import type { WaveData } from '../shared/useWaveData';
import { DateInput } from '../../../../src/ui/DateInput';

/** The waves with their label and date (both editable), how many answers each has, and add / remove. */
export function WaveList({ waves, update }: { waves: readonly WaveData[]; update: StepProps<ServqualState>['update'] }) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const format = useFormat();
  const [removing, setRemoving] = useState<WaveData | null>(null);

  const change = (waveId: string, patch: Partial<Pick<Wave, 'label' | 'date'>>) =>
    update((current) => ({ ...current, waves: current.waves.map((wave) => (wave.id === waveId ? { ...wave, ...patch } : wave)) }));

  const add = () =>
    update((current) => ({
      ...current,
      waves: [...current.waves, { id: newWaveId(current.waves), label: '', date: todayIso(), source: { kind: 'entered', responses: [] } }],
    }));

  const remove = async (data: WaveData) => {
    setRemoving(null);
    // The files' rows go with the wave: nothing would ever show them again.
    for (const file of data.files) {
      await removeDataset(SERVQUAL_EXERCISE_ID, file.key);
    }
    update((current) => ({ ...current, waves: current.waves.filter((wave) => wave.id !== data.wave.id) }));
  };

  return (
    <>
      <div className="table-wrap">
        <table className="sq-waves">
          <thead>
            <tr>
              <th scope="col">№</th>
              <th scope="col">{ui('waves.label')}</th>
              <th scope="col">{ui('waves.date')}</th>
              <th scope="col" className="number">{ui('waves.respondents')}</th>
              <th scope="col">
                <span className="visually-hidden">{ui('entered.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {waves.map((data) => {
              const fallback = t('wave.defaultLabel', { number: data.number });
              return (
                <tr key={data.wave.id}>
                  <td>{format.integer(data.number)}</td>
                  <td>
                    <input
                      type="text"
                      aria-label={ui('waves.labelFor', { number: data.number })}
                      placeholder={fallback}
                      value={data.wave.label}
                      onChange={(event) => change(data.wave.id, { label: event.target.value })}
                    />
                  </td>
                  <td>
                    <DateInput
                      aria-label={ui('waves.dateFor', { number: data.number })}
                      value={data.wave.date}
                      required
                      onChange={(event) => {
                        // A cleared date input gives '': the wave keeps its date, as every wave must have one.
                        if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) change(data.wave.id, { date: event.target.value });
                      }}
                    />
                  </td>
                  <td className="number">{data.loading ? '…' : format.integer(data.responses.length)}</td>
                  <td>
                    <button type="button" className="button button--quiet" aria-label={ui('waves.removeWave', { wave: data.wave.label.trim() || fallback })} onClick={() => setRemoving(data)}>
                      {ui('entered.deleteShort')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="sq-actions">
        <button type="button" className="button button--primary" onClick={add}>
          {ui('waves.add')}
        </button>
        <span className="muted">{ui('waves.addHint')}</span>
      </div>
      <ConfirmDialog
        open={removing !== null}
        title={ui('waves.removeTitle')}
        confirmLabel={ui('waves.removeConfirm')}
        tone="danger"
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      >
        <p>
          {removing
            ? ui('waves.removeBody', { wave: removing.wave.label.trim() || t('wave.defaultLabel', { number: removing.number }), date: format.date(removing.wave.date), count: removing.responses.length })
            : ''}
        </p>
      </ConfirmDialog>
    </>
  );
}
