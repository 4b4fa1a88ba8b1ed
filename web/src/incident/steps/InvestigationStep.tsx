/** Step 2: what kind of incident, the five facts and the rest, and what is still missing. */
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../shared';
import { CantTellButton } from '../CantTellButton';
import { FactsForm } from './FactsForm';
import { FactsView } from './FactsView';
import { IncidentEditForm } from './IncidentEditForm';
import { MissingFacts } from './MissingFacts';
import { RestrictAccess } from './RestrictAccess';

export function InvestigationStep({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  return (
    <div className="step-body">
      <p className="hint">{t('investigation.notesAdvice')}</p>
      {incident.can.edit ? <IncidentEditForm key={incident.id} incident={incident} /> : null}
      {incident.can.restrict ? <RestrictAccess key={`restrict-${incident.id}`} incident={incident} /> : null}
      <MissingFacts missing={incident.missingFacts} />
      {incident.can.edit ? <FactsForm key={incident.id} incident={incident} /> : <FactsView facts={incident.facts} />}
      <CantTellButton fromStep={2} />
    </div>
  );
}
