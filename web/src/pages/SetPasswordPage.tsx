/** A new user (or one whose password was reset) sets a password with the link an administrator handed over. */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import * as api from '../api/client';
import { useRememberSession } from '../api/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { NextStepHint, NothingLeft } from '../components/NextStepHint';
import { applyLanguage } from '../i18n/language';
import { type FieldErrors, validate } from '../lib/validation';
import { setPasswordInput } from '../shared';

export function SetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const remember = useRememberSession();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: api.setPassword,
    onSuccess: (s) => {
      remember(s);
      applyLanguage(s.user.locale);
      void navigate('/', { replace: true });
    },
  });

  if (!token) {
    return (
      <section className="panel narrow">
        <h1>{t('setPassword.title')}</h1>
        <div className="notice notice-warning" role="alert" data-testid="set-password-no-token">
          <p>{t('setPassword.noToken')}</p>
        </div>
        <NothingLeft actions={[{ to: '/login', label: t('guidance.setPassword.goLogin') }]}>
          <p>{t('login.forgot')}</p>
        </NothingLeft>
      </section>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(setPasswordInput, { token, password });
    const next: FieldErrors = result.ok ? {} : { ...result.errors };
    if (password !== confirm) next.confirm = t('validation.passwordMismatch');
    setErrors(next);
    if (result.ok && !next.confirm) save.mutate(result.data);
  };

  return (
    <section className="panel narrow">
      <h1>{t('setPassword.title')}</h1>
      <p>{t('setPassword.intro')}</p>
      <NextStepHint
        text={t('guidance.setPassword.form')}
        actions={[{ href: '#set-password-form', label: t('guidance.setPassword.action') }]}
      />
      <form id="set-password-form" onSubmit={submit} noValidate>
        <NewPasswordFields
          label={t('setPassword.password')}
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          errors={errors}
          testIdPrefix="set-password"
        />
        {errors.token ? <p className="field-error">{t('setPassword.badToken')}</p> : null}
        <ErrorNotice error={save.error} />
        <button
          type="submit"
          className="button button-primary"
          disabled={save.isPending}
          data-testid="set-password-submit"
        >
          {save.isPending ? t('common.sending') : t('setPassword.submit')}
        </button>
      </form>
    </section>
  );
}
