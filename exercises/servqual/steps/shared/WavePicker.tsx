import { useId } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';
import type { WaveData } from './useWaveData';

/** "Wave 2" when the participant left the label empty. */
export function useWaveLabel(): (data: Pick<WaveData, 'wave' | 'number'>) => string {
  const t = useMessages(servqualMessages);
  return (data) => data.wave.label.trim() || t('wave.defaultLabel', { number: data.number });
}

/** Chooses the wave a step looks at; with a single wave it only names it. */
export function WavePicker({ waves, selected, onSelect }: { waves: readonly WaveData[]; selected: WaveData; onSelect: (waveId: string) => void }) {
  const ui = useMessages(uiMessages);
  const format = useFormat();
  const label = useWaveLabel();
  const id = useId();
  const name = (data: WaveData) => `${label(data)} · ${format.date(data.wave.date)}`;
  if (waves.length < 2) return <p className="sq-wave-picker">{ui('wavePicker.only', { wave: name(selected) })}</p>;
  return (
    <div className="sq-wave-picker">
      <label htmlFor={id}>{ui('wavePicker.label')}</label>
      <select id={id} value={selected.wave.id} onChange={(event) => onSelect(event.target.value)}>
        {waves.map((data) => (
          <option key={data.wave.id} value={data.wave.id}>
            {name(data)}
          </option>
        ))}
      </select>
    </div>
  );
}
