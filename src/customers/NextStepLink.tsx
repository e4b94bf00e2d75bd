import type { ReactNode } from 'react';
import { routeHref } from '../workbook/route';
import './salesData.css';

/** The way on from a "Sales data" step once there are customers: a primary link to the exercise's next step. */
export function NextStepLink({ exerciseId, stepId, children }: { exerciseId: string; stepId: string; children: ReactNode }) {
  return (
    <p className="sales-data-next">
      <a className="button button--primary" href={routeHref({ page: 'exercise', exerciseId, stepId })}>
        {children}
      </a>
    </p>
  );
}
