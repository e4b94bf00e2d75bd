import { Field } from '../../../../src/ui/Field';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import { Reading } from '../../../../src/ui/Reading';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { useFormat, useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { segmentLabel } from '../../content/segments';
import { surveyMessages } from '../../messages/survey';
import { answersForMargin } from '../../model/nps';
import type { SurveyResults } from '../../model/survey';
import { NpsDistributionChart } from './NpsDistributionChart';
import { marginPoints, npsPoints, surveyReading } from './surveyReading';
import type { SurveySettingsForm } from './useSurveySettingsForm';

const MEASURED_SPREAD_FROM = 30;

interface Props {
  results: SurveyResults;
  form: SurveySettingsForm;
  targetMargin: number;
  minSegmentAnswers: number;
  presenter: boolean;
  /** The answers are the demo retailer's: its segment codes are shown by their names. */
  fromDemo: boolean;
}

/** The reading first, then NPS with its margin, the 0–10 chart, CSAT, CES, the segments and the sample-size helper. */
export function SurveyResultsView({ results, form, targetMargin, minSegmentAnswers, presenter, fromDemo }: Props) {
  const t = useMessages(surveyMessages);
  const format = useFormat();
  const locale = useLocale();
  const segmentName = (segment: string | null) => (segment === null ? t('survey.segments.unnamed') : segmentLabel(segment, locale, fromDemo));
  const nps = results.nps;
  const npsText = (score: number, margin: number) => `${npsPoints(format, score)} ± ${marginPoints(format, margin)}`;
  // The spread of a handful of answers says little about the next survey's (one answer has none at all): below
  // MEASURED_SPREAD_FROM answers the helper plans for the worst case.
  const measured = nps !== null && nps.answers >= MEASURED_SPREAD_FROM && nps.variance > 0;
  const needed = answersForMargin(targetMargin, measured ? nps.variance : 1);
  const worst = answersForMargin(targetMargin);
  const have = nps?.answers ?? 0;
  // Chinese runs its sentences and brackets on without spaces.
  const gap = locale === 'zh' ? '' : ' ';

  return (
    <>
      <Reading reading={surveyReading(results, t, format, segmentName)} />
      <MetricGrid label={t('survey.results.title')}>
        <Metric
          label={t('survey.nps.label')}
          value={nps ? npsText(nps.score, nps.adjusted.margin) : '—'}
          note={nps ? t('survey.nps.note', { low: npsPoints(format, nps.adjusted.low), high: npsPoints(format, nps.adjusted.high), count: nps.answers }) : t('survey.nps.none')}
        />
        <Metric
          label={t('survey.csat.label')}
          value={results.csat ? format.percent(results.csat.share, 0) : '—'}
          note={results.csat ? t('survey.csat.note', { satisfied: results.csat.satisfied, count: results.csat.answers }) : t('survey.notAsked')}
        />
        <Metric
          label={t('survey.ces.label')}
          value={results.ces ? format.fixed(results.ces.mean, 1) : '—'}
          note={results.ces ? t('survey.ces.note', { count: results.ces.answers }) : t('survey.notAsked')}
        />
        <Metric
          label={t('survey.attitude.label')}
          value={results.attitude ? format.fixed(results.attitude.mean, 1) : '—'}
          note={results.attitude ? t('survey.attitude.note', { count: results.attitude.answers }) : t('survey.notAsked')}
        />
      </MetricGrid>
      {nps ? (
        <p className="finding">
          {t('survey.nps.shares', { promoters: format.percent(nps.promoterShare, 0), passives: format.percent(nps.passiveShare, 0), detractors: format.percent(nps.detractorShare, 0) })}
        </p>
      ) : null}
      {nps ? <NpsDistributionChart distribution={results.distribution} presenter={presenter} /> : null}

      {results.segments.length > 0 ? (
        <section className="step-section" aria-labelledby="lm-survey-segments">
          <h3 id="lm-survey-segments">{t('survey.segments.title')}</h3>
          <p className="finding">{t('survey.segments.intro', { min: minSegmentAnswers })}</p>
          <ScrollBox label={t('survey.segments.caption')}>
            <table className="table-cards lm-survey-segments">
              <caption className="visually-hidden">{t('survey.segments.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('survey.segments.segment')}</th>
                  <th scope="col">{t('survey.segments.answers')}</th>
                  <th scope="col">{t('survey.segments.nps')}</th>
                  <th scope="col">{t('survey.segments.csat')}</th>
                  <th scope="col">{t('survey.segments.ces')}</th>
                </tr>
              </thead>
              <tbody>
                {results.segments.map((segment) => (
                  <tr key={segment.segment ?? ''} className={segment.tooSmall ? 'lm-survey-segments__small' : undefined}>
                    <th scope="row">
                      {segmentName(segment.segment)}
                      {segment.tooSmall ? <span className="lm-survey-segments__flag"> ({t('survey.segments.tooSmall')})</span> : null}
                    </th>
                    <td data-label={t('survey.segments.answers')}>{format.integer(segment.answers)}</td>
                    <td data-label={t('survey.segments.nps')}>{segment.nps ? npsText(segment.nps.score, segment.nps.adjusted.margin) : '—'}</td>
                    <td data-label={t('survey.segments.csat')}>{segment.csat ? format.percent(segment.csat.share, 0) : '—'}</td>
                    <td data-label={t('survey.segments.ces')}>{segment.ces ? format.fixed(segment.ces.mean, 1) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <div className="fields">
            <Field form={form} name="minSegmentAnswers" label={t('survey.segments.minAnswers')} />
          </div>
        </section>
      ) : null}

      <section className="step-section" aria-labelledby="lm-survey-sample">
        <h3 id="lm-survey-sample">{t('survey.sample.title')}</h3>
        <p className="explain">{t('survey.sample.intro')}</p>
        <div className="fields">
          <Field form={form} name="targetMargin" label={t('survey.sample.margin')} />
        </div>
        <p className="finding lm-survey-sample__answer" role="status">
          <strong>{t('survey.sample.needed', { margin: format.number(targetMargin, 1), count: needed })}</strong>
          {gap}
          {measured ? t('survey.sample.basis', { basis: t('survey.sample.basisMeasured'), worst: worst }) : t('survey.sample.basisWorst')}
          {gap}
          {have >= needed ? t('survey.sample.enough', { have }) : t('survey.sample.short', { have, missing: needed - have })}
        </p>
      </section>
    </>
  );
}
