/** The briefing as it would be sent now (assembled by the server), plus what only the sender knows. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendBriefing } from '../../api/client';
import { useBriefingDraft } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import { localInputToIso } from '../../lib/dates';
import { compact, errorAt, type FieldErrors, validate } from '../../lib/validation';
import { type IncidentDetail, LIMITS, sendBriefingInput } from '../../shared';
import { useIncidentAction } from '../use-incident-action';

export function BriefingComposer({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const draft = useBriefingDraft(incident.id, incident.version, true);
  const [decisionsNeeded, setDecisionsNeeded] = useState('');
  const [actionsTaken, setActionsTaken] = useState('');
  const [nextUpdateAt, setNextUpdateAt] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const send = useIncidentAction(
    incident.id,
    (input: Parameters<typeof sendBriefing>[1]) => sendBriefing(incident.id, input),
    {
      onSuccess: () => {
        setDecisionsNeeded('');
        setActionsTaken('');
        setNextUpdateAt('');
      },
    },
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = compact({
      decisionsNeeded: decisionsNeeded.trim(),
      actionsTaken: actionsTaken.trim(),
      nextUpdateAt: nextUpdateAt ? (localInputToIso(nextUpdateAt) ?? nextUpdateAt) : '',
    });
    const result = validate(sendBriefingInput, input);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) send.mutate(result.data);
  };

  return (
    <form onSubmit={submit} noValidate className="subform" data-testid="briefing-form">
      <h3>{t('briefing.composeTitle')}</h3>
      <p>{t('briefing.early')}</p>
      <h4>{t('briefing.preview')}</h4>
      <QueryState isPending={draft.isPending} error={draft.error} onRetry={() => void draft.refetch()} />
      {draft.data ? (
        <div className="preview" data-testid="briefing-preview">
          <p className="preview-subject">{draft.data.subject}</p>
          <pre className="preview-body">{draft.data.body}</pre>
        </div>
      ) : null}
      <TextField
        label={t('briefing.decisionsNeeded.label')}
        hint={t('briefing.decisionsNeeded.hint')}
        value={decisionsNeeded}
        onChange={setDecisionsNeeded}
        multiline
        maxLength={LIMITS.longText}
        error={errorAt(errors, 'decisionsNeeded')}
        testId="briefing-decisions-needed"
      />
      <TextField
        label={t('briefing.actionsTaken.label')}
        hint={t('briefing.actionsTaken.hint')}
        value={actionsTaken}
        onChange={setActionsTaken}
        multiline
        maxLength={LIMITS.longText}
        error={errorAt(errors, 'actionsTaken')}
        testId="briefing-actions-taken"
      />
      <TextField
        label={t('briefing.nextUpdateAt.label')}
        hint={t('briefing.nextUpdateAt.hint')}
        type="datetime-local"
        value={nextUpdateAt}
        onChange={setNextUpdateAt}
        error={errorAt(errors, 'nextUpdateAt')}
        testId="briefing-next-update"
      />
      <ErrorNotice error={send.error} />
      {send.isSuccess ? (
        <Notice kind="success" testId="briefing-sent">
          {t('briefing.sent')}
        </Notice>
      ) : null}
      <button type="submit" className="button button-primary" disabled={send.isPending} data-testid="briefing-send">
        {send.isPending ? t('common.sending') : t('briefing.send')}
      </button>
    </form>
  );
}
