/** Step 3: brief management early (before anything is confirmed), see who read it, record their decisions. */
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../shared';
import { CantTellButton } from '../CantTellButton';
import { BriefingComposer } from './BriefingComposer';
import { BriefingList } from './BriefingList';
import { DecisionForm } from './DecisionForm';
import { DecisionList } from './DecisionList';

export function BriefingStep({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  return (
    <div className="step-body">
      {incident.can.brief ? <BriefingComposer incident={incident} /> : null}
      <BriefingList incident={incident} />
      <h3>{t('decisions.title')}</h3>
      <p className="hint">{t('decisions.hint')}</p>
      <DecisionList decisions={incident.decisions} />
      {incident.can.decide ? <DecisionForm incidentId={incident.id} /> : null}
      <CantTellButton fromStep={3} />
    </div>
  );
}
