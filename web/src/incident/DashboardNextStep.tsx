/**
 * The home page's "what to do next": the open incidents to continue with (real ones before drills, the most
 * urgent and newest first), or, when nothing is open, how to report and what to prepare in calm times.
 */
import { useTranslation } from 'react-i18next';
import { hasRole, useSession } from '../api/session';
import { type HintAction, NextStepHint } from '../components/NextStepHint';
import type { IncidentSummary, Urgency } from '../shared';

const URGENCY_RANK: Record<Urgency, number> = { high: 0, medium: 1, low: 2 };
const MAX_LINKS = 3;

export function openFirst(incidents: IncidentSummary[]): IncidentSummary[] {
  const rank = (i: IncidentSummary) => (i.urgency ? URGENCY_RANK[i.urgency] : 3);
  return incidents
    .filter((i) => i.status !== 'closed')
    .sort((a, b) => Number(a.drill) - Number(b.drill) || rank(a) - rank(b) || b.reportedAt.localeCompare(a.reportedAt));
}

export function DashboardNextStep({ incidents }: { incidents: IncidentSummary[] }) {
  const { t } = useTranslation();
  const session = useSession().data;
  const open = openFirst(incidents);
  if (open.length > 0) {
    const actions: HintAction[] = open.slice(0, MAX_LINKS).map((i) => ({
      to: `/incidents/${encodeURIComponent(i.id)}`,
      label: t('guidance.dashboard.open', { id: i.id, title: i.title }),
    }));
    const text = hasRole(session, 'reporter')
      ? t('guidance.dashboard.openMine', { count: open.length })
      : t('guidance.dashboard.openStaff', { count: open.length });
    return <NextStepHint text={text} actions={actions} />;
  }
  const calm: HintAction[] = [{ to: '/report', label: t('dashboard.report') }];
  if (hasRole(session, 'admin')) calm.push({ to: '/admin/preparation', label: t('guidance.dashboard.prepare') });
  else if (hasRole(session, 'responder')) calm.push({ to: '/drills', label: t('guidance.dashboard.drill') });
  else if (hasRole(session, 'manager')) calm.push({ to: '/playbooks', label: t('guidance.dashboard.playbooks') });
  else calm.push({ to: '/glossary', label: t('guidance.dashboard.glossary') });
  return <NextStepHint text={t('guidance.dashboard.calm')} actions={calm} />;
}
