import { Callout } from '../../../../src/ui/Callout';
import type { ResultRead } from '../../../../src/workbook/results';
import { routeHref } from '../../../../src/workbook/route';

interface NotFilledCalloutProps {
  read: Exclude<ResultRead<unknown>, { status: 'ready' }>;
  /** The producer's step the link lands on. */
  stepId: string;
  title: string;
  body: string;
  link: string;
}

/**
 * Another exercise's result this step builds on is not there: what that means here, and a link to the exercise
 * (none when no exercise offers it, as in a step rendered on its own). Steps 1 and 2 both use it.
 */
export function NotFilledCallout({ read, stepId, title, body, link }: NotFilledCalloutProps) {
  return (
    <Callout tone="info" title={title}>
      <p>{body}</p>
      {read.status === 'notFilled' ? (
        <p className="no-print">
          <a href={routeHref({ page: 'exercise', exerciseId: read.exerciseId, stepId })}>{link}</a>
        </p>
      ) : null}
    </Callout>
  );
}
