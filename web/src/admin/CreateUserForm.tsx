/** Create an account; the answer is a set-password link the admin hands over (no password travels by mail). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser } from '../api/client';
import { keys } from '../api/queries';
import { CopyButton } from '../components/CopyButton';
import { ErrorNotice } from '../components/ErrorNotice';
import { Notice } from '../components/Notice';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { compact, errorAt, type FieldErrors, validate } from '../lib/validation';
import { createUserInput, LIMITS, LOCALES, ROLES } from '../shared';

const blank = { email: '', name: '', role: 'responder', locale: 'ja', department: '', supervisorEmail: '' };

export function CreateUserForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation({
    mutationFn: createUser,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.users });
      setForm(blank);
    },
  });
  const set = (key: keyof typeof blank) => (v: string) => setForm((f) => ({ ...f, [key]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v.trim()]));
    const result = validate(createUserInput, compact(trimmed));
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) create.mutate(result.data);
  };
  const link = create.data ? `${window.location.origin}${create.data.setPasswordPath}` : '';
  return (
    <form id="user-create-form" onSubmit={submit} noValidate className="subform" data-testid="user-create-form">
      <h2>{t('users.createTitle')}</h2>
      <TextField
        label={t('users.name')}
        value={form.name}
        onChange={set('name')}
        required
        maxLength={LIMITS.shortText}
        error={errorAt(errors, 'name')}
        testId="user-name"
      />
      <TextField
        label={t('users.email')}
        type="email"
        value={form.email}
        onChange={set('email')}
        required
        maxLength={LIMITS.email}
        error={errorAt(errors, 'email')}
        testId="user-email"
      />
      <SelectField
        label={t('users.role')}
        value={form.role}
        onChange={set('role')}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        hint={t('users.roleHint')}
        testId="user-role"
      />
      <SelectField
        label={t('users.locale')}
        value={form.locale}
        onChange={set('locale')}
        options={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
        testId="user-locale"
      />
      <TextField
        label={t('users.department')}
        value={form.department}
        onChange={set('department')}
        maxLength={LIMITS.shortText}
        error={errorAt(errors, 'department')}
        testId="user-department"
      />
      <TextField
        label={t('users.supervisorEmail')}
        type="email"
        value={form.supervisorEmail}
        onChange={set('supervisorEmail')}
        maxLength={LIMITS.email}
        error={errorAt(errors, 'supervisorEmail')}
        testId="user-supervisor"
      />
      <ErrorNotice error={create.error} />
      {create.data ? (
        <Notice kind="success" title={t('users.created', { name: create.data.user.name })} testId="user-created">
          <p>{t('users.handOver')}</p>
          <p className="link-box">
            <code data-testid="user-setpassword-link">{link}</code>
          </p>
          <CopyButton text={link} testId="user-setpassword-copy" />
        </Notice>
      ) : null}
      <button type="submit" className="button button-primary" disabled={create.isPending} data-testid="user-create">
        {t('users.create')}
      </button>
    </form>
  );
}
