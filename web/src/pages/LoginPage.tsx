/** Sign in. Points to first-run setup while there is no administrator, and to reporting without an account. */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import * as api from '../api/client';
import { useSetupStatus } from '../api/queries';
import { useRememberSession, useSession } from '../api/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { NextStepHint } from '../components/NextStepHint';
import { TextField } from '../components/TextField';
import { applyLanguage } from '../i18n/language';
import { safeNext } from '../lib/safe-next';
import { type FieldErrors, validate } from '../lib/validation';
import { loginInput } from '../shared';

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const session = useSession();
  const setup = useSetupStatus();
  const remember = useRememberSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const login = useMutation({
    mutationFn: api.login,
    onSuccess: (s) => {
      remember(s);
      applyLanguage(s.user.locale);
      void navigate(next, { replace: true });
    },
  });

  if (session.data && !login.isPending) return <Navigate to={next} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(loginInput, { email: email.trim(), password });
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) login.mutate(result.data);
  };

  return (
    <section className="panel narrow">
      <h1>{t('login.title')}</h1>
      {setup.data?.needsFirstAdmin ? (
        <div className="notice notice-info" role="status">
          <p>{t('login.needsSetup')}</p>
          <Link to="/setup" className="button" data-testid="go-setup">
            {t('login.goSetup')}
          </Link>
        </div>
      ) : null}
      <NextStepHint
        text={t('guidance.login.text')}
        actions={[{ href: '#login-form', label: t('guidance.login.action') }]}
      />
      <form id="login-form" onSubmit={submit} noValidate>
        <TextField
          label={t('login.email')}
          type="email"
          value={email}
          onChange={setEmail}
          testId="login-email"
          autoComplete="username"
          error={errors.email}
          required
        />
        <TextField
          label={t('login.password')}
          type="password"
          value={password}
          onChange={setPassword}
          testId="login-password"
          autoComplete="current-password"
          error={errors.password}
          required
        />
        <ErrorNotice error={login.error} />
        <button type="submit" className="button button-primary" disabled={login.isPending} data-testid="login-submit">
          {login.isPending ? t('common.sending') : t('login.submit')}
        </button>
      </form>
      <div className="help-box">
        <p>{t('login.forgot')}</p>
        <p>{t('login.reportWithoutAccount')}</p>
      </div>
    </section>
  );
}
