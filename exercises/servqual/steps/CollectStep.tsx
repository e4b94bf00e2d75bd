import './servqual.css';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import { useTemplateDownload } from '../../../src/ui/import/useTemplateDownload';
import { Callout } from '../../../src/ui/Callout';
import { enabledItems, type ServqualState } from '../state';
import { responseSpec } from '../inputs';
import { uiMessages } from './messages';
import { PrintableQuestionnaire } from './collect/PrintableQuestionnaire';
import { EntryForm } from './collect/EntryForm';
import { EnteredList } from './collect/EnteredList';
import { usePrintArea } from './shared/PrintArea';
import { useWaveData } from './shared/useWaveData';
import { useSelectedWave } from './shared/selectedWave';
import { useSurveySettings } from './shared/useSurvey';
import { WavePicker } from './shared/WavePicker';

/** Step 2: the questionnaire on paper, the response file to fill in, and typing paper forms into the app. */
export default function CollectStep({ state, update, locale, presenter }: StepProps<ServqualState>) {
  const ui = useMessages(uiMessages);
  const waves = useWaveData(state);
  const { selected, select } = useSelectedWave(waves);
  const settings = useSurveySettings(state.questionnaire);
  const printing = usePrintArea();
  const responseTemplate = useTemplateDownload();
  const paper = <PrintableQuestionnaire questionnaire={state.questionnaire} locale={locale} />;

  const template = () => responseTemplate.download(responseSpec(state.questionnaire.scale, enabledItems(state.questionnaire)), ui('collect.templateFile'));

  return (
    <div className={`sq-step${presenter ? ' sq-step--presenter' : ''}`}>
      <p className="explain">{ui('collect.intro')}</p>
      {/* How to collect answers (print a form, download a template) is for the screen; the report keeps what was collected. */}
      <section className="step-section no-print" aria-labelledby="sq-paper-title">
        <h3 id="sq-paper-title">{ui('collect.paperTitle')}</h3>
        <p>{ui('collect.paperIntro', { count: settings.enabledItems.length })}</p>
        <div className="sq-actions">
          <button type="button" className="button button--primary" onClick={printing.print}>
            {ui('collect.print')}
          </button>
        </div>
        <details className="sq-paper-preview">
          <summary>{ui('collect.preview')}</summary>
          {paper}
        </details>
        {printing.layer(paper)}
      </section>
      <section className="step-section no-print" aria-labelledby="sq-template-title">
        <h3 id="sq-template-title">{ui('collect.templateTitle')}</h3>
        <p>{ui('collect.templateIntro', { max: state.questionnaire.scale })}</p>
        <div className="sq-actions">
          <button type="button" className="button" onClick={() => void template()}>
            {ui('collect.template')}
          </button>
        </div>
        {responseTemplate.failure ? <Callout tone="danger">{ui('collect.templateFailed', { detail: responseTemplate.failure })}</Callout> : null}
      </section>
      <section className="step-section" aria-labelledby="sq-entry-title">
        <h3 id="sq-entry-title">{ui('collect.entryTitle')}</h3>
        {selected ? <WavePicker waves={waves} selected={selected} onSelect={select} /> : null}
        <EntryForm questionnaire={state.questionnaire} target={selected} update={update} locale={locale} />
        {selected ? <EnteredList target={selected} settings={settings} update={update} locale={locale} /> : null}
      </section>
    </div>
  );
}
