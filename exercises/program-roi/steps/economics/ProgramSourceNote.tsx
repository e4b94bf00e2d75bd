import { useState } from 'react';
import type { StepProps } from '../../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { ConfirmDialog } from '../../../../src/ui/ConfirmDialog';
import { routeHref } from '../../../../src/workbook/route';
import { useResult } from '../../../../src/workbook/useResult';
import { programEconomicsKind } from '../../../../src/results/programEconomics';
import { sameFigures } from '../../../../src/results/programFigures';
import { programDesignIntake } from '../../links';
import { sourceMessages } from '../../messages/source';
import type { RoiState } from '../../state';

/**
 * Figures a program design sent here: where they came from and when, with a link back, and whether the design or
 * the figures here have moved since; the design's current figures can be taken again, as the sending would.
 */
export function ProgramSourceNote({ state, update }: Pick<StepProps<RoiState>, 'state' | 'update'>) {
  const t = useMessages(sourceMessages);
  const format = useFormat();
  const design = useResult(programEconomicsKind);
  const [confirming, setConfirming] = useState(false);
  const source = state.programSource;
  if (source === null) return null;

  const date = format.date(source.at);
  const name = source.programName.trim();
  const changedInDesign = design.status === 'ready' && !sameFigures(design.value.figures, source.figures);
  const editedHere = !sameFigures(state.program, source.figures);
  const takeable = design.status === 'ready' && !sameFigures(design.value.figures, state.program) ? design : null;
  const back = routeHref({ page: 'exercise', exerciseId: source.exerciseId, stepId: 'economics' });

  return (
    <Callout
      tone={changedInDesign || editedHere ? 'warning' : 'info'}
      title={t('source.title')}
      actions={
        takeable ? (
          <button type="button" className="button no-print" onClick={() => setConfirming(true)}>
            {t('source.take')}
          </button>
        ) : null
      }
    >
      <p className="finding">
        {name === '' ? t('source.fromUnnamed', { date }) : t('source.from', { name, date })}{' '}
        <a className="no-print" href={back}>
          {t('source.back')}
        </a>
      </p>
      {changedInDesign ? <p className="finding">{t('source.changedInDesign')}</p> : null}
      {editedHere ? <p className="finding">{t('source.editedHere')}</p> : null}
      {!changedInDesign && !editedHere ? <p className="finding">{t('source.same')}</p> : null}
      {design.status === 'notFilled' ? <p className="finding">{t('source.designIncomplete')}</p> : null}
      <ConfirmDialog
        open={confirming && takeable !== null}
        title={t('source.confirmTitle')}
        confirmLabel={t('source.confirm')}
        tone="danger"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          if (!takeable) return;
          update((current) => programDesignIntake.into(current, takeable.value, { exerciseId: takeable.exerciseId, at: new Date().toISOString() }));
        }}
      >
        <p>{t('source.confirmText')}</p>
      </ConfirmDialog>
    </Callout>
  );
}
