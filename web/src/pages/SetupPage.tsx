/** First run: create the first administrator, then go on to the settings (the response desk). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import * as api from '../api/client';
import { keys, useSetupStatus } from '../api/queries';
import { useRememberSession } from '../api/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { NextStepHint, NothingLeft } from '../components/NextStepHint';
import { QueryState } from '../components/QueryState';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { applyLanguage, currentLanguage, isLocale } from '../i18n/language';
import { type FieldErrors, validate } from '../lib/validation';
import { firstAdminInput, LOCALES } from '../shared';

export function SetupPage() {
  const { t } = useTranslation();
  const status = useSetupStatus();
  const navigate = useNavigate();
  const remember = useRememberSession();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [locale, setLocale] = useState<string>(currentLanguage());
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation({
    mutationFn: api.createFirstAdmin,
    onSuccess: (s) => {
      remember(s);
      queryClient.setQueryData(keys.setupStatus, { needsFirstAdmin: false });
      applyLanguage(s.user.locale);
      void navigate('/admin/settings?welcome=1');
    },
  });

  if (status.isPending || status.error) {
    return (
      <section className="panel narrow">
        <h1>{t('setup.title')}</h1>
        <QueryState isPending={status.isPending} error={status.error} onRetry={() => void status.refetch()} />
      </section>
    );
  }
  if (!status.data.needsFirstAdmin) {
    return (
      <section className="panel narrow">
        <h1>{t('setup.title')}</h1>
        <NothingLeft actions={[{ to: '/login', label: t('setup.goLogin') }]}>
          <p data-testid="setup-done">{t('setup.alreadyDone')}</p>
        </NothingLeft>
      </section>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(firstAdminInput, { name, email: email.trim(), password, locale });
    const next: FieldErrors = result.ok ? {} : { ...result.errors };
    if (password !== confirm) next.confirm = t('validation.passwordMismatch');
    setErrors(next);
    if (result.ok && !next.confirm) create.mutate(result.data);
  };

  return (
    <section className="panel narrow">
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <NextStepHint
        text={t('guidance.setup.form')}
        actions={[{ href: '#setup-form', label: t('guidance.setup.formAction') }]}
      />
      <form id="setup-form" onSubmit={submit} noValidate>
        <TextField
          label={t('setup.name')}
          value={name}
          onChange={setName}
          testId="setup-name"
          error={errors.name}
          required
        />
        <TextField
          label={t('setup.email')}
          type="email"
          value={email}
          onChange={setEmail}
          testId="setup-email"
          autoComplete="username"
          error={errors.email}
          required
        />
        <NewPasswordFields
          label={t('setup.password')}
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          errors={errors}
          testIdPrefix="setup-password"
        />
        <SelectField
          label={t('setup.locale')}
          value={locale}
          onChange={(v) => {
            setLocale(v);
            if (isLocale(v)) applyLanguage(v);
          }}
          options={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          testId="setup-locale"
        />
        <ErrorNotice error={create.error} />
        <button type="submit" className="button button-primary" disabled={create.isPending} data-testid="setup-submit">
          {create.isPending ? t('common.sending') : t('setup.submit')}
        </button>
      </form>
    </section>
  );
}
