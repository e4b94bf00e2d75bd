import { useMemo } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import { translator } from '../../../../src/i18n/translate';
import { perLocale, type LocalizedText } from '../../../../src/i18n/locale';
import type { DatasetSpec } from '../../../../src/data/spec';
import { DatasetImport } from '../../../../src/ui/import/DatasetImport';
import { responseSpec, SERVQUAL_EXERCISE_ID } from '../../inputs';
import { enabledItems, type Questionnaire, type ServqualState } from '../../state';
import type { StepProps } from '../../../../src/workbook/contract';
import { SCALES } from '../../structure';
import { uiMessages } from '../messages';
import { nextFileSlot, waveFileKey } from '../shared/waveFiles';
import type { WaveData } from '../shared/useWaveData';

function fileTitle(slot: number): LocalizedText {
  return perLocale((locale) => translator(uiMessages, locale)('answers.fileTitle', { number: slot }));
}

/**
 * One import per file of the wave, and one more to add a file. Each has its own dataset key, so a second
 * file adds respondents instead of replacing the first.
 */
export function WaveFiles({ wave, questionnaire, update }: { wave: WaveData; questionnaire: Questionnaire; update: StepProps<ServqualState>['update'] }) {
  const ui = useMessages(uiMessages);
  // The import's proposal for a file on the other scale: the questionnaire's scale, which every wave shares.
  const switchScale = (max: number) => {
    const scale = SCALES.find((candidate) => candidate === max);
    if (scale !== undefined) update((current) => ({ ...current, questionnaire: { ...current.questionnaire, scale } }));
  };
  const base = useMemo(() => responseSpec(questionnaire.scale, enabledItems(questionnaire)), [questionnaire]);
  const slots = [...wave.files.map((file) => ({ key: file.key, slot: file.slot })), { key: waveFileKey(wave.wave.id, nextFileSlot(wave.files)), slot: nextFileSlot(wave.files) }];
  return (
    <div className="sq-files">
      {slots.map(({ key, slot }) => {
        const spec: DatasetSpec = { ...base, id: key, title: fileTitle(Math.max(slot, 1)) };
        return <DatasetImport key={key} exerciseId={SERVQUAL_EXERCISE_ID} spec={spec} onScaleChange={switchScale} />;
      })}
      {wave.unreadable.length > 0 ? <p className="field__error">{ui('answers.unreadable', { files: wave.unreadable.map((file) => file.summary.fileName).join(', ') })}</p> : null}
    </div>
  );
}
