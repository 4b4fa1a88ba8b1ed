/** Step 5: is it an incident, and how urgent? What each answer means comes with it. */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { IncidentDetail } from '../../shared';
import { CantTellButton } from '../CantTellButton';
import { DeterminationForm } from './DeterminationForm';

export function DeterminationStep({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const d = incident.determination;
  return (
    <div className="step-body">
      {d ? (
        <div className={`card determination determination-${d.verdict}`} data-testid="determination-current">
          <p className="card-title">{t(`verdict.${d.verdict}`)}</p>
          {d.urgency ? <p>{t('urgency.label', { level: t(`urgency.${d.urgency}`) })}</p> : null}
          {d.criteria ? (
            <p>
              {(['operations', 'information', 'recovery'] as const)
                .map((c) =>
                  t('determination.criterionValue', {
                    name: t(`criteria.${c}.label`),
                    level: t(`impactLevel.${d.criteria?.[c]}`),
                  }),
                )
                .join(t('common.listSeparator'))}
            </p>
          ) : null}
          <p className="pre">{t('determination.reasonValue', { reason: d.reason })}</p>
          {d.police?.consult ? <p>{t('determination.policeYes', { reason: d.police.reason ?? '' })}</p> : null}
          <p className="meta">{t('determination.by', { name: d.decidedBy, at: formatDateTime(d.decidedAt) })}</p>
          <p className="notice notice-info">{t(`verdictNext.${d.verdict}`)}</p>
        </div>
      ) : (
        <p className="muted">{t('determination.none')}</p>
      )}
      {incident.can.determine ? <DeterminationForm key={incident.id} incident={incident} /> : null}
      <CantTellButton fromStep={5} />
    </div>
  );
}
