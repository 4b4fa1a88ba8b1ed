/** Close the incident, with an optional reason. The record stays readable afterwards. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeIncident } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';
import { validate } from '../../lib/validation';
import { closeInput, type IncidentDetail, LIMITS } from '../../shared';
import { useIncidentAction } from '../use-incident-action';

export function CloseForm({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const close = useIncidentAction(incident.id, (input: Parameters<typeof closeIncident>[1]) =>
    closeIncident(incident.id, input),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(closeInput, {
      version: incident.version,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    });
    if (result.ok) close.mutate(result.data);
  };
  return (
    <form id="close-form" onSubmit={submit} noValidate className="subform subform-quiet" data-testid="close-form">
      <h3>{t('close.title')}</h3>
      <p className="hint">{t('close.hint')}</p>
      <TextField
        label={t('close.reason')}
        value={reason}
        onChange={setReason}
        multiline
        maxLength={LIMITS.longText}
        testId="close-reason"
      />
      <ErrorNotice error={close.error} conflictText={t('common.conflictRetry')} />
      <button type="submit" className="button button-secondary" disabled={close.isPending} data-testid="close-incident">
        {t('close.submit')}
      </button>
    </form>
  );
}
