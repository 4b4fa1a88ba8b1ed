/**
 * The mail server: host, port, STARTTLS / TLS, sign-in, sender. The stored password never comes back from
 * the server: the form says whether one is set, leaves it alone when the field stays empty, and can remove
 * it. Below, a test mail to any address shows the server's exact answer.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyKeys, saveSmtp, testSmtp, useSmtp } from '../api/notify';
import { useSession } from '../api/session';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorNotice } from '../components/ErrorNotice';
import { Notice } from '../components/Notice';
import { QueryState } from '../components/QueryState';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { formatDateTime } from '../lib/format';
import { errorAt, type FieldErrors, validate } from '../lib/validation';
import { LIMITS, SMTP_SECURITY, type SmtpSettingsView, smtpInput, smtpTestInput } from '../shared';
import { numberFrom, portForSecurity } from './forms';
import { TestResult } from './TestResult';

type Security = (typeof SMTP_SECURITY)[number];

interface FormState {
  host: string;
  port: string;
  security: Security;
  username: string;
  password: string;
  clearPassword: boolean;
  fromAddress: string;
  fromName: string;
  enabled: boolean;
}

const toForm = (s: SmtpSettingsView): FormState => ({
  host: s.host ?? '',
  port: s.port === null ? '587' : String(s.port),
  security: s.security ?? 'starttls',
  username: s.username ?? '',
  password: '',
  clearPassword: false,
  fromAddress: s.fromAddress ?? '',
  fromName: s.fromName ?? '',
  enabled: s.configured ? s.enabled : true,
});

function SmtpTest({ settings, dirty }: { settings: SmtpSettingsView; dirty: boolean }) {
  const { t } = useTranslation();
  const myEmail = useSession().data?.user.email ?? '';
  const [to, setTo] = useState(myEmail);
  const [errors, setErrors] = useState<FieldErrors>({});
  const test = useMutation({ mutationFn: testSmtp });
  const run = () => {
    const result = validate(smtpTestInput, { to: to.trim() });
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) test.mutate(result.data.to);
  };
  const blocked = !settings.configured || dirty;
  return (
    <div className="subform" data-testid="smtp-test-form">
      <h3>{t('notify.smtp.testTitle')}</h3>
      <p className="hint">{t('notify.smtp.testHint')}</p>
      <TextField
        label={t('notify.smtp.testTo')}
        type="email"
        value={to}
        onChange={setTo}
        maxLength={LIMITS.email}
        error={errorAt(errors, 'to')}
        testId="smtp-test-to"
      />
      {blocked ? (
        <p className="hint" data-testid="smtp-test-blocked">
          {settings.configured ? t('notify.smtp.saveBeforeTest') : t('notify.smtp.notConfigured')}
        </p>
      ) : null}
      <button
        type="button"
        className="button"
        onClick={run}
        disabled={blocked || test.isPending}
        data-testid="smtp-test"
      >
        {test.isPending ? t('notify.test.running') : t('notify.smtp.test')}
      </button>
      <ErrorNotice error={test.error} />
      {test.data && !test.isPending ? (
        <TestResult result={test.data} testId="smtp-test-result" failHint={t('notify.smtp.failHint')} />
      ) : null}
    </div>
  );
}

function SmtpForm({ settings }: { settings: SmtpSettingsView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<FormState>(() => toForm(settings));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: saveSmtp,
    onSuccess: (saved) => {
      queryClient.setQueryData(notifyKeys.smtp, saved);
      setForm(toForm(saved));
      setDirty(false);
    },
  });
  const set =
    <K extends keyof FormState>(key: K) =>
    (value: FormState[K]) => {
      setForm((f) => ({ ...f, [key]: value }));
      setDirty(true);
      save.reset();
    };
  const chooseSecurity = (value: string) => {
    const security = value as Security;
    setForm((f) => ({ ...f, security, port: portForSecurity(f.port, security) }));
    setDirty(true);
    save.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = {
      host: form.host.trim(),
      port: numberFrom(form.port),
      security: form.security,
      username: form.username.trim() || undefined,
      // Empty keeps the stored password; the box removes it.
      password: form.clearPassword ? null : form.password ? form.password : undefined,
      fromAddress: form.fromAddress.trim(),
      fromName: form.fromName.trim() || undefined,
      enabled: form.enabled,
    };
    const result = validate(smtpInput, input);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) save.mutate(result.data);
  };

  const securityOptions = SMTP_SECURITY.map((value) => ({ value, label: t(`notify.smtp.security.${value}`) }));
  return (
    <>
      <form onSubmit={submit} noValidate data-testid="smtp-form">
        <p className="meta" data-testid="smtp-state" data-configured={settings.configured ? 'true' : 'false'}>
          {settings.configured
            ? t('notify.smtp.configured', { at: formatDateTime(settings.updatedAt) })
            : t('notify.smtp.notConfigured')}
        </p>
        <TextField
          label={t('notify.smtp.host')}
          hint={t('notify.smtp.hostHint')}
          value={form.host}
          onChange={set('host')}
          maxLength={253}
          autoComplete="off"
          error={errorAt(errors, 'host')}
          required
          testId="smtp-host"
        />
        <SelectField
          label={t('notify.smtp.securityLabel')}
          hint={t('notify.smtp.securityHint')}
          value={form.security}
          onChange={chooseSecurity}
          options={securityOptions}
          error={errorAt(errors, 'security')}
          testId="smtp-secure"
        />
        <TextField
          label={t('notify.smtp.port')}
          type="number"
          value={form.port}
          onChange={set('port')}
          error={errorAt(errors, 'port')}
          required
          testId="smtp-port"
        />
        <TextField
          label={t('notify.smtp.username')}
          hint={t('notify.smtp.usernameHint')}
          value={form.username}
          onChange={set('username')}
          maxLength={LIMITS.shortText}
          autoComplete="off"
          error={errorAt(errors, 'username')}
          testId="smtp-user"
        />
        <TextField
          label={t('notify.smtp.password')}
          hint={settings.passwordSet ? t('notify.smtp.passwordSet') : t('notify.smtp.passwordNone')}
          type="password"
          value={form.password}
          onChange={set('password')}
          maxLength={LIMITS.passwordMax}
          autoComplete="new-password"
          disabled={form.clearPassword}
          error={errorAt(errors, 'password')}
          testId="smtp-password"
        />
        <p className="meta" data-testid="smtp-password-state" data-set={settings.passwordSet ? 'true' : 'false'}>
          {settings.passwordSet ? t('notify.smtp.passwordStateSet') : t('notify.smtp.passwordStateNone')}
        </p>
        {settings.passwordSet ? (
          <CheckboxField
            label={t('notify.smtp.clearPassword')}
            checked={form.clearPassword}
            onChange={set('clearPassword')}
            testId="smtp-password-clear"
          />
        ) : null}
        <TextField
          label={t('notify.smtp.fromAddress')}
          hint={t('notify.smtp.fromAddressHint')}
          type="email"
          value={form.fromAddress}
          onChange={set('fromAddress')}
          maxLength={LIMITS.email}
          error={errorAt(errors, 'fromAddress')}
          required
          testId="smtp-from"
        />
        <TextField
          label={t('notify.smtp.fromName')}
          hint={t('notify.smtp.fromNameHint')}
          value={form.fromName}
          onChange={set('fromName')}
          maxLength={LIMITS.shortText}
          error={errorAt(errors, 'fromName')}
          testId="smtp-from-name"
        />
        <CheckboxField
          label={t('notify.smtp.enabled')}
          hint={t('notify.smtp.enabledHint')}
          checked={form.enabled}
          onChange={set('enabled')}
          testId="smtp-enabled"
        />
        <ErrorNotice error={save.error} />
        {save.isSuccess ? (
          <Notice kind="success" testId="smtp-saved">
            {t('notify.smtp.saved')}
          </Notice>
        ) : null}
        <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="smtp-save">
          {save.isPending ? t('common.saving') : t('notify.smtp.save')}
        </button>
      </form>
      <SmtpTest settings={settings} dirty={dirty} />
    </>
  );
}

export function SmtpPanel() {
  const { t } = useTranslation();
  const smtp = useSmtp();
  return (
    <section className="panel notify-section" id="smtp" aria-labelledby="smtp-title" data-testid="smtp-panel">
      <h2 id="smtp-title">{t('notify.smtp.title')}</h2>
      <p className="hint">{t('notify.smtp.lead')}</p>
      <QueryState isPending={smtp.isPending} error={smtp.error} onRetry={() => void smtp.refetch()} />
      {smtp.data ? <SmtpForm settings={smtp.data} /> : null}
    </section>
  );
}
