/** Step 4: stop the damage spreading: the checklist for this incident's types, and the department check. */
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../shared';
import { CantTellButton } from '../CantTellButton';
import { ChecklistItem } from './ChecklistItem';
import { SpreadCheck } from './SpreadCheck';
import { WarningComposer } from './WarningComposer';

export function ContainmentStep({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const open = incident.checklist.filter((i) => i.state === 'open').length;
  return (
    <div className="step-body">
      <p className="notice notice-warning">{t('containment.powerWarning')}</p>
      <h3>{t('containment.checklistTitle')}</h3>
      {incident.checklist.length === 0 ? (
        <p className="muted" data-testid="checklist-empty">
          {t('containment.noChecklist')}
        </p>
      ) : (
        <>
          <p className="hint" data-testid="checklist-open-count">
            {t('containment.openCount', { open, total: incident.checklist.length })}
          </p>
          <ul className="checklist" data-testid="checklist">
            {incident.checklist.map((item) => (
              <ChecklistItem key={item.key} incidentId={incident.id} item={item} canEdit={incident.can.edit} />
            ))}
          </ul>
        </>
      )}
      <SpreadCheck incident={incident} />
      <WarningComposer incident={incident} />
      <CantTellButton fromStep={4} />
    </div>
  );
}
