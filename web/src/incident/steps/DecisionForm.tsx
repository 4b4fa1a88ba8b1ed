/** Managers record a decision (cost, reputation, police, public notice, response team, other). */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordDecision } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { compact, errorAt, type FieldErrors, validate } from '../../lib/validation';
import { DECISION_TOPICS, LIMITS, recordDecisionInput } from '../../shared';
import { useIncidentAction } from '../use-incident-action';

export function DecisionForm({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const [topic, setTopic] = useState<string>(DECISION_TOPICS[0]);
  const [decision, setDecision] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useIncidentAction(
    incidentId,
    (input: Parameters<typeof recordDecision>[1]) => recordDecision(incidentId, input),
    {
      onSuccess: () => {
        setDecision('');
        setReason('');
      },
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(recordDecisionInput, {
      topic,
      ...compact({ decision: decision.trim(), reason: reason.trim() }),
    });
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) save.mutate(result.data);
  };
  return (
    <form onSubmit={submit} noValidate className="subform" data-testid="decision-form">
      <h4>{t('decisions.formTitle')}</h4>
      <SelectField
        label={t('decisions.topic')}
        value={topic}
        onChange={setTopic}
        options={DECISION_TOPICS.map((v) => ({ value: v, label: t(`decisionTopic.${v}`) }))}
        testId="decision-topic"
      />
      <TextField
        label={t('decisions.decision')}
        value={decision}
        onChange={setDecision}
        multiline
        required
        maxLength={LIMITS.longText}
        error={errorAt(errors, 'decision')}
        testId="decision-text"
      />
      <TextField
        label={t('decisions.reason')}
        value={reason}
        onChange={setReason}
        multiline
        maxLength={LIMITS.longText}
        error={errorAt(errors, 'reason')}
        testId="decision-reason"
      />
      <ErrorNotice error={save.error} />
      {save.isSuccess ? <Notice kind="success">{t('decisions.saved')}</Notice> : null}
      <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="decision-save">
        {t('decisions.save')}
      </button>
    </form>
  );
}
