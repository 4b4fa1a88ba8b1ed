/** Urgency as a badge; "not judged yet" when the determination has not set it. */
import { useTranslation } from 'react-i18next';
import type { Urgency } from '../shared';

export function UrgencyBadge({ urgency, testId }: { urgency: Urgency | null; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-urgency-${urgency ?? 'none'}`} data-testid={testId} data-urgency={urgency ?? ''}>
      {urgency ? t('urgency.label', { level: t(`urgency.${urgency}`) }) : t('urgency.notSet')}
    </span>
  );
}
