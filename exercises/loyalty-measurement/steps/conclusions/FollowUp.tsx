import { useRef, useState } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { calendarDayIso } from '../../../../src/i18n/format';
import { Callout } from '../../../../src/ui/Callout';
import { ConfirmDialog } from '../../../../src/ui/ConfirmDialog';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { StepProps } from '../../../../src/workbook/contract';
import type { LoyaltyState } from '../../state';
import { baselineFrom, compareWithBaseline, measuredNothing, sameAsBaseline, type MeasuredValues } from '../../model/followUp';
import { conclusionsMessages } from '../../messages/conclusions';
import { formatChange, formatFigure } from './figures';

interface FollowUpProps extends Pick<StepProps<LoyaltyState>, 'state' | 'update'> {
  measured: MeasuredValues;
  /** The survey or the sales on screen are the demo retailer's: nobody's first measurement. */
  usingDemo: boolean;
  /** Files are still being read: recording now would keep half the figures. */
  loading: boolean;
}

/**
 * The first measurement, kept as figures only, and what moved since: the six-month follow-up compares a later
 * survey wave and a newer sales file with it, NPS with the margin of error of both samples.
 */
export function FollowUp({ state, update, measured, usingDemo, loading }: FollowUpProps) {
  const t = useMessages(conclusionsMessages);
  const format = useFormat();
  const [confirming, setConfirming] = useState(false);
  const recordAgainRef = useRef<HTMLButtonElement>(null);
  const baseline = state.conclusions.baseline;
  const nothing = measuredNothing(measured);
  const record = () => update((current) => ({ ...current, conclusions: { ...current.conclusions, baseline: baselineFrom(measured, calendarDayIso(new Date())) } }));

  return (
    <section className="step-section" aria-labelledby="loyalty-first">
      <h3 id="loyalty-first">{t('conclusions.firstTitle')}</h3>
      {baseline === null ? (
        <>
          <p className="explain">{t('conclusions.firstIntro')}</p>
          {usingDemo ? <Callout tone="warning">{t('conclusions.demoWarning')}</Callout> : null}
          {!loading && nothing ? <p className="finding">{t('conclusions.nothingToRecord')}</p> : null}
          <button type="button" className="button button--primary" disabled={loading || nothing} onClick={record}>
            {t('conclusions.record')}
          </button>
        </>
      ) : (
        <>
          <p className="finding">{t('conclusions.recordedOn', { date: format.date(baseline.recordedAt) })}</p>
          {sameAsBaseline(baseline, measured) ? <p className="note">{t('conclusions.nothingNew')}</p> : null}
          <h4 id="loyalty-compare">{t('conclusions.compareTitle')}</h4>
          <ScrollBox label={t('conclusions.compareTitle')}>
            <table className="table-cards" aria-labelledby="loyalty-compare">
              <thead>
                <tr>
                  <th scope="col">{t('conclusions.col.figure')}</th>
                  <th scope="col">{t('conclusions.col.first', { date: format.date(baseline.recordedAt) })}</th>
                  <th scope="col">{t('conclusions.col.now')}</th>
                  <th scope="col">{t('conclusions.col.change')}</th>
                </tr>
              </thead>
              <tbody>
                {compareWithBaseline(baseline, measured).map((row) => (
                  <tr key={row.figure}>
                    <th scope="row">{t(`conclusions.figure.${row.figure}`)}</th>
                    <td data-label={t('conclusions.col.first', { date: format.date(baseline.recordedAt) })}>{formatFigure(row.figure, row.first, format)}</td>
                    <td data-label={t('conclusions.col.now')}>{formatFigure(row.figure, row.now, format)}</td>
                    <td data-label={t('conclusions.col.change')}>
                      {formatChange(row.figure, row.change, format, t('conclusions.percentPoints'))}
                      {row.nps && row.change !== 0 ? (
                        <span className="loyalty-follow-up__margin">
                          {' '}
                          ({t('conclusions.npsMargin', { margin: format.number(row.nps.margin, 1) })}: {row.nps.significant ? t('conclusions.npsReal') : t('conclusions.npsNoise')})
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <button type="button" ref={recordAgainRef} className="button" disabled={loading} onClick={() => setConfirming(true)}>
            {t('conclusions.recordAgain')}
          </button>
          <ConfirmDialog
            open={confirming}
            title={t('conclusions.recordAgainTitle')}
            confirmLabel={t('conclusions.recordAgain')}
            tone="danger"
            returnFocusTo={recordAgainRef}
            onConfirm={() => {
              record();
              setConfirming(false);
            }}
            onCancel={() => setConfirming(false)}
          >
            <p>{t('conclusions.recordAgainBody', { date: format.date(baseline.recordedAt) })}</p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
