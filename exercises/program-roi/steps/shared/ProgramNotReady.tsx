import { useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import type { ProgramReadiness } from '../../programDraft';
import { roiMessages } from '../../messages';

/** Instead of results computed from blanks: the list of what to fill in or correct, named as the form names it. */
export function ProgramNotReady({ readiness, lead }: { readiness: Exclude<ProgramReadiness, { kind: 'ready' }>; lead?: string }) {
  const t = useMessages(roiMessages);
  if (readiness.kind === 'missing') {
    return (
      <Callout tone="info" title={lead ?? t('results.missingTitle')}>
        {lead ? <p>{t('results.missingTitle')}</p> : null}
        <ul>
          {readiness.fields.map((field) => (
            <li key={field}>{t(`economics.${field}`)}</li>
          ))}
        </ul>
      </Callout>
    );
  }
  return (
    <Callout tone="warning" title={lead ?? t('results.invalidTitle')}>
      {lead ? <p>{t('results.invalidTitle')}</p> : null}
      <ul>
        {readiness.issues.map((issue) => (
          <li key={issue.field}>{t('results.issue', { field: t(`economics.${issue.field}`), problem: t(`results.problem.${issue.problem}`) })}</li>
        ))}
      </ul>
    </Callout>
  );
}
