/**
 * Step 4, above all for spoofed mail: warn staff (internal lists) or customers and partners (external
 * lists). The text starts from the playbook's internal or external warning template, filled with the
 * organisation, the incident number, the date and the desk; the responder edits it, chooses lists, checks
 * the summary and sends. Below, every warning sent with its delivery per recipient.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifyKeys, sendWarning, useDistributionLists } from '../../api/notify';
import { usePlaybook } from '../../api/playbooks';
import { keys } from '../../api/queries';
import { hasRole, useSession } from '../../api/session';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { QueryState } from '../../components/QueryState';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useLang } from '../../lib/use-lang';
import { errorAt, type FieldErrors, validate } from '../../lib/validation';
import { distinctAddresses, splitAddresses } from '../../notify/forms';
import { WarningHistory } from '../../notify/WarningHistory';
import { useTemplateValues } from '../../playbook/template-values';
import {
  fillPlaceholders,
  type IncidentDetail,
  type IncidentType,
  LIMITS,
  LOCALES,
  type Locale,
  NOTIFY_LIMITS,
  sendWarningInput,
  WARNING_AUDIENCES,
  type WarningAudience,
} from '../../shared';

/** Spoofed mail is what warnings are mostly for; otherwise the incident's first type, or "unknown". */
const templateType = (types: IncidentType[]): IncidentType =>
  types.includes('spoofed_mail') ? 'spoofed_mail' : (types[0] ?? 'unknown');

function Composer({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const session = useSession().data;
  const uiLang = useLang();
  const [audience, setAudience] = useState<WarningAudience>('internal');
  const [locale, setLocale] = useState<Locale>(uiLang);
  // null: follow the template (it changes with the audience and the language); set once the user edits.
  const [draft, setDraft] = useState<{ subject: string; body: string } | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [extra, setExtra] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});

  const playbook = usePlaybook(templateType(incident.types));
  const values = useTemplateValues(locale, incident.id);
  const template =
    playbook.data?.effective.templates[audience === 'internal' ? 'internal_warning' : 'external_warning'];
  const fromTemplate = {
    subject: template ? fillPlaceholders(template.subject[locale], values) : '',
    body: template ? fillPlaceholders(template.body[locale], values) : '',
  };
  const text = draft ?? fromTemplate;

  const lists = useDistributionLists();
  const forAudience = (lists.data?.lists ?? []).filter((l) => l.audience === audience);
  const listIds = chosen.filter((id) => forAudience.some((l) => l.id === id));
  const extraRecipients = distinctAddresses(splitAddresses(extra));
  const upTo =
    forAudience.filter((l) => listIds.includes(l.id)).reduce((n, l) => n + l.count, 0) + extraRecipients.length;

  const send = useMutation({
    mutationFn: (input: Parameters<typeof sendWarning>[1]) => sendWarning(incident.id, input),
    onSuccess: () => {
      setDraft(null);
      setChosen([]);
      setExtra('');
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: notifyKeys.warnings(incident.id) });
      void queryClient.invalidateQueries({ queryKey: keys.incident(incident.id) });
      void queryClient.invalidateQueries({ queryKey: keys.timeline(incident.id) });
      void queryClient.invalidateQueries({ queryKey: notifyKeys.log });
    },
    onError: () => setConfirming(false),
  });

  const input = () => ({
    audience,
    locale,
    listIds,
    extraRecipients,
    subject: text.subject.trim(),
    body: text.body.trim(),
  });
  const check = (e: FormEvent) => {
    e.preventDefault();
    send.reset();
    const result = validate(sendWarningInput, input());
    setErrors(result.ok ? {} : result.errors);
    setConfirming(result.ok);
  };
  const confirm = () => {
    const result = validate(sendWarningInput, input());
    if (result.ok) send.mutate(result.data);
  };
  const edit = (key: 'subject' | 'body') => (value: string) => {
    setDraft({ ...text, [key]: value });
    setConfirming(false);
  };
  const toggle = (id: string, on: boolean) => {
    setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
    setConfirming(false);
  };

  return (
    <form onSubmit={check} noValidate className="subform warning-composer" data-testid="warning-form">
      <RadioGroup
        legend={t('notify.warning.audienceLegend')}
        value={audience}
        onChange={(v) => {
          setAudience(v as WarningAudience);
          setConfirming(false);
        }}
        options={WARNING_AUDIENCES.map((value) => ({
          value,
          label: t(`notify.audience.${value}`),
          hint: t(`notify.audienceHint.${value}`),
        }))}
        testIdPrefix="warning-audience"
      />
      <SelectField
        label={t('notify.warning.locale')}
        value={locale}
        onChange={(v) => {
          setLocale(v as Locale);
          setConfirming(false);
        }}
        options={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
        testId="warning-locale"
      />
      <fieldset className="checkbox-group" data-testid="warning-lists">
        <legend>{t('notify.warning.lists')}</legend>
        {errorAt(errors, 'listIds') ? <p className="field-error">{t('notify.warning.chooseRecipients')}</p> : null}
        <QueryState isPending={lists.isPending} error={lists.error} onRetry={() => void lists.refetch()} />
        {lists.data && forAudience.length === 0 ? (
          <p className="hint" data-testid="warning-no-lists">
            {t('notify.warning.noLists')}{' '}
            {hasRole(session, 'admin') ? (
              <Link to="/admin/notifications#distribution-lists">{t('notify.warning.makeLists')}</Link>
            ) : (
              t('notify.warning.askAdmin')
            )}
          </p>
        ) : null}
        {forAudience.map((l) => (
          <CheckboxField
            key={l.id}
            label={t('notify.warning.listLabel', { name: l.name, n: l.count })}
            checked={listIds.includes(l.id)}
            onChange={(on) => toggle(l.id, on)}
            testId={`warning-list-${l.id}`}
          />
        ))}
      </fieldset>
      <TextField
        label={t('notify.warning.extra')}
        hint={t('notify.warning.extraHint')}
        value={extra}
        onChange={(v) => {
          setExtra(v);
          setConfirming(false);
        }}
        multiline
        rows={2}
        error={errorAt(errors, 'extraRecipients')}
        testId="warning-extra"
      />
      <h4>{t('notify.warning.textTitle')}</h4>
      <p className="hint">{t('notify.warning.textHint')}</p>
      <QueryState isPending={playbook.isPending} error={playbook.error} onRetry={() => void playbook.refetch()} />
      <TextField
        label={t('notify.warning.subject')}
        value={text.subject}
        onChange={edit('subject')}
        maxLength={LIMITS.shortText}
        error={errorAt(errors, 'subject')}
        required
        testId="warning-subject"
        className="field-wide"
      />
      <TextField
        label={t('notify.warning.body')}
        value={text.body}
        onChange={edit('body')}
        multiline
        rows={14}
        maxLength={NOTIFY_LIMITS.warningBody}
        error={errorAt(errors, 'body')}
        required
        testId="warning-body"
        className="field-wide"
      />
      {draft ? (
        <p className="button-row">
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              setDraft(null);
              setConfirming(false);
            }}
            data-testid="warning-reset"
          >
            {t('notify.warning.reset')}
          </button>
        </p>
      ) : null}
      <ErrorNotice error={send.error} />
      {send.isSuccess ? (
        <Notice kind="success" testId="warning-sent">
          {t('notify.warning.sent')}
        </Notice>
      ) : null}
      {confirming ? (
        <div className="notice notice-warning" role="alert" data-testid="warning-confirm">
          <p className="notice-title">
            {t('notify.warning.confirmTitle', { audience: t(`notify.audience.${audience}`), n: upTo })}
          </p>
          <p>{t('notify.warning.confirmBody')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              onClick={confirm}
              disabled={send.isPending}
              data-testid="warning-send-confirm"
            >
              {send.isPending ? t('common.sending') : t('notify.warning.sendNow')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setConfirming(false)}
              data-testid="warning-send-cancel"
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="submit" className="button button-primary" data-testid="warning-send">
          {t('notify.warning.send')}
        </button>
      )}
    </form>
  );
}

export function WarningComposer({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const spoofed = incident.types.includes('spoofed_mail');
  const content = (
    <>
      <p className="hint">{spoofed ? t('notify.warning.leadSpoofed') : t('notify.warning.lead')}</p>
      {incident.can.edit ? <Composer incident={incident} /> : null}
      <WarningHistory incidentId={incident.id} />
    </>
  );
  return (
    <section className="warning-section" aria-labelledby="warning-title" data-testid="warning-composer">
      {spoofed ? (
        <>
          <h3 id="warning-title">{t('notify.warning.title')}</h3>
          {content}
        </>
      ) : (
        <details className="details-box">
          <summary>
            <h3 id="warning-title">{t('notify.warning.title')}</h3>
          </summary>
          <div className="details-body">{content}</div>
        </details>
      )}
    </section>
  );
}
