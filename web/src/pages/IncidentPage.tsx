/**
 * /incidents/:id — one page that always shows where the incident stands and what to do next: header,
 * flow map, next actions, then the seven steps and the timeline. Reporters get a read-only view.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { useIncident } from '../api/queries';
import { hasRole, useSession } from '../api/session';
import { NothingLeft } from '../components/NextStepHint';
import { QueryState } from '../components/QueryState';
import { DrillBanner } from '../drills/DrillBanner';
import { currentStep } from '../incident/current-step';
import { FlowMap } from '../incident/FlowMap';
import { IncidentHeader } from '../incident/IncidentHeader';
import { NextActions } from '../incident/NextActions';
import { PlaybookPanel } from '../incident/PlaybookPanel';
import { ReporterView } from '../incident/ReporterView';
import { StepSection } from '../incident/StepSection';
import { BriefingStep } from '../incident/steps/BriefingStep';
import { ContainmentStep } from '../incident/steps/ContainmentStep';
import { DeterminationStep } from '../incident/steps/DeterminationStep';
import { EvidenceStep } from '../incident/steps/EvidenceStep';
import { IntakeStep } from '../incident/steps/IntakeStep';
import { InvestigationStep } from '../incident/steps/InvestigationStep';
import { OutsideHelpStep } from '../incident/steps/OutsideHelpStep';
import { TimelineSection } from '../incident/TimelineSection';

export function IncidentPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const query = useIncident(id);
  const session = useSession().data;
  const location = useLocation();
  const loaded = !!query.data;

  // Follow `#step-N` links (flow map, next actions, "I can't tell") once the page is there.
  useEffect(() => {
    if (!loaded || !location.hash) return;
    const target = document.getElementById(location.hash.slice(1));
    if (!target) return;
    // "I can't tell" has already put the cursor in the support question: show that, not the section top.
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== target && target.contains(active)) {
      active.scrollIntoView({ block: 'center' });
      return;
    }
    if (target.matches('input, select, textarea')) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
      return;
    }
    target.scrollIntoView({ block: 'start' });
    target.querySelector<HTMLElement>('h2[tabindex]')?.focus({ preventScroll: true });
  }, [loaded, location.hash]);

  if (query.error instanceof ApiError && query.error.status === 404) {
    return (
      <section className="panel narrow" data-testid="incident-not-found">
        <h1>{t('incident.notFound.title')}</h1>
        <NothingLeft actions={[{ to: '/', label: t('guidance.home') }]}>
          <p>{t('incident.notFound.body')}</p>
        </NothingLeft>
      </section>
    );
  }
  if (!query.data) {
    return (
      <section className="panel">
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      </section>
    );
  }

  const incident = query.data;
  if (hasRole(session, 'reporter')) return <ReporterView incident={incident} />;
  const current = currentStep(incident);
  const section = (n: 1 | 2 | 3 | 4 | 5 | 6 | 7) => ({
    step: n,
    state: incident.steps[n] ?? 'todo',
    current: n === current,
  });

  return (
    <article className="incident" data-incident-id={incident.id} data-version={incident.version}>
      {incident.drill ? <DrillBanner incidentId={incident.id} /> : null}
      <IncidentHeader incident={incident} />
      <FlowMap steps={incident.steps} current={current} />
      <NextActions actions={incident.nextActions} can={incident.can} />
      <StepSection {...section(1)}>
        <IntakeStep incident={incident} />
      </StepSection>
      <StepSection {...section(2)}>
        <InvestigationStep incident={incident} />
      </StepSection>
      <StepSection {...section(3)}>
        <BriefingStep incident={incident} />
      </StepSection>
      <StepSection {...section(4)}>
        <ContainmentStep incident={incident} />
      </StepSection>
      <PlaybookPanel incident={incident} />
      <StepSection {...section(5)}>
        <DeterminationStep incident={incident} />
      </StepSection>
      <StepSection {...section(6)}>
        <OutsideHelpStep incident={incident} />
      </StepSection>
      <StepSection {...section(7)}>
        <EvidenceStep incident={incident} />
      </StepSection>
      <TimelineSection incidentId={incident.id} checklist={incident.checklist} />
    </article>
  );
}
