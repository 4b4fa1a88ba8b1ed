/** The "drill" mark next to an incident's title, wherever incidents are listed. */
import '../preparation/preparation.css';
import { useTranslation } from 'react-i18next';

export function DrillBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-drill" data-testid="drill-badge">
      {t('drill.badge')}
    </span>
  );
}
