/** Step 7: evidence preservation (証跡確保) with its chain of custody, done with the vendor's guidance. */
import { useTranslation } from 'react-i18next';
import { TermList } from '../../glossary/Term';
import type { IncidentDetail } from '../../shared';
import { EvidenceForm } from './EvidenceForm';
import { EvidenceRow } from './EvidenceRow';

export function EvidenceStep({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  return (
    <div className="step-body">
      <p>{t('evidence.intro')}</p>
      <TermList ids={['evidence', 'log', 'hash', 'chain_of_custody', 'forensics']} />
      <ul className="hint-list">
        <li>{t('evidence.tips.power')}</li>
        <li>{t('evidence.tips.what')}</li>
        <li>{t('evidence.tips.ransomware')}</li>
        <li>{t('evidence.tips.notes')}</li>
      </ul>
      <h3>{t('evidence.listTitle')}</h3>
      {incident.evidence.length === 0 ? (
        <p className="muted" data-testid="evidence-empty">
          {t('evidence.none')}
        </p>
      ) : (
        <ul className="card-list" data-testid="evidence-list">
          {incident.evidence.map((item) => (
            <EvidenceRow key={item.id} incidentId={incident.id} item={item} canManage={incident.can.manageEvidence} />
          ))}
        </ul>
      )}
      {incident.can.manageEvidence ? <EvidenceForm incident={incident} /> : null}
    </div>
  );
}
