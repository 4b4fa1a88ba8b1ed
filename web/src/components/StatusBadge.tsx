/** The incident status as a labelled badge. */
import { useTranslation } from 'react-i18next';
import type { IncidentStatus } from '../shared';

export function StatusBadge({ status, testId }: { status: IncidentStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-status-${status}`} data-testid={testId} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
