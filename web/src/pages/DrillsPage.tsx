/**
 * /drills — start an exercise from a sample scenario. The drill is filed like a real report and opens on
 * the ordinary incident page, marked as a drill; its notices reach only the chosen participants.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { startDrill, useDrillPeople, useDrillScenarios } from '../api/preparation';
import { keys, useIncidents, useSettings } from '../api/queries';
import { hasRole, useSession } from '../api/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { NextStepHint, NothingLeft } from '../components/NextStepHint';
import { QueryState } from '../components/QueryState';
import { ParticipantPicker } from '../drills/ParticipantPicker';
import { ScenarioPicker } from '../drills/ScenarioPicker';
import { ScenarioPreview } from '../drills/ScenarioPreview';
import { IncidentTable } from '../incident/IncidentTable';
import { OfflinePackPanel } from '../preparation/OfflinePackPanel';
import type { DrillScenarioId } from '../shared';

const isEmail = (s: string) => z.email().safeParse(s).success;
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

function DrillForm({ me }: { me: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const scenarios = useDrillScenarios();
  const people = useDrillPeople();
  const settings = useSettings().data;
  const [scenario, setScenario] = useState<DrillScenarioId | ''>('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [extra, setExtra] = useState('');
  const [errors, setErrors] = useState<{ scenario?: string; extra?: string }>({});
  const start = useMutation({
    mutationFn: startDrill,
    onSuccess: (started) => {
      void queryClient.invalidateQueries({ queryKey: keys.incidents });
      void navigate(`/incidents/${encodeURIComponent(started.incidentId)}`);
    },
  });
  const suggested = [settings?.desk?.email, settings?.fallbackDesk?.email].filter((e): e is string => !!e);
  const toggle = (email: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(email);
      else next.delete(email);
      return next;
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const bad = lines(extra).filter((l) => !isEmail(l));
    const next = {
      scenario: scenario ? undefined : t('drill.chooseScenario'),
      extra: bad.length > 0 ? t('drill.badEmails', { list: bad.join(', ') }) : undefined,
    };
    setErrors(next);
    if (!scenario || next.extra) return;
    start.mutate({ scenario, participantEmails: [...new Set([...selected, ...lines(extra)])] });
  };
  const chosen = scenarios.data?.scenarios.find((s) => s.id === scenario);
  return (
    <form id="drill-form" onSubmit={submit} noValidate data-testid="drill-form">
      <QueryState isPending={scenarios.isPending} error={scenarios.error} onRetry={() => void scenarios.refetch()} />
      {scenarios.data ? (
        <ScenarioPicker
          scenarios={scenarios.data.scenarios}
          value={scenario}
          onChange={setScenario}
          error={errors.scenario}
        />
      ) : null}
      {chosen ? <ScenarioPreview scenario={chosen} /> : null}
      <QueryState isPending={people.isPending} error={people.error} onRetry={() => void people.refetch()} />
      {people.data ? (
        <ParticipantPicker
          me={me}
          people={people.data.people}
          suggested={suggested}
          selected={selected}
          onToggle={toggle}
          extra={extra}
          onExtra={setExtra}
          extraError={errors.extra}
        />
      ) : null}
      <ErrorNotice error={start.error} />
      <button
        type="submit"
        className="button button-primary button-large"
        disabled={start.isPending}
        data-testid="drill-start"
      >
        {t('drill.start')}
      </button>
    </form>
  );
}

export function DrillsPage() {
  const { t } = useTranslation();
  const session = useSession().data;
  const canRun = hasRole(session, 'responder', 'admin');
  const incidents = useIncidents();
  const past = incidents.data?.incidents.filter((i) => i.drill) ?? [];
  if (!canRun) {
    return (
      <section className="panel narrow" data-testid="drill-not-allowed">
        <h1>{t('drill.title')}</h1>
        <NothingLeft actions={[{ to: '/', label: t('guidance.home') }]}>
          <p>{t('drill.notAllowed')}</p>
        </NothingLeft>
      </section>
    );
  }
  return (
    <>
      <section className="panel">
        <h1>{t('drill.title')}</h1>
        <p className="lead">{t('drill.lead')}</p>
        <NextStepHint
          text={t('guidance.drills.text')}
          actions={[{ href: '#drill-form', label: t('guidance.drills.action') }]}
        />
        <DrillForm me={session?.user.email ?? ''} />
      </section>
      <section className="panel" aria-labelledby="past-drills-title">
        <h2 id="past-drills-title">{t('drill.past')}</h2>
        {incidents.data && past.length === 0 ? <p data-testid="drills-empty">{t('drill.pastEmpty')}</p> : null}
        {past.length > 0 ? <IncidentTable incidents={past} /> : null}
      </section>
      <OfflinePackPanel />
    </>
  );
}
