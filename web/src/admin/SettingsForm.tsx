/** The organisation's settings: name, response desk, fallback department, departments. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveSettings } from '../api/client';
import { keys } from '../api/queries';
import { ErrorNotice } from '../components/ErrorNotice';
import { Notice } from '../components/Notice';
import { TextField } from '../components/TextField';
import { errorAt, type FieldErrors, validate } from '../lib/validation';
import { LIMITS, type SettingsView, settingsInput } from '../shared';
import { ContactPointFields } from './ContactPointFields';
import { formToSettingsInput, type SettingsFormState, settingsToForm } from './settings-form';

export function SettingsForm({ settings }: { settings: SettingsView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<SettingsFormState>(() => settingsToForm(settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: saveSettings,
    onSuccess: (saved) => {
      // Keep the report link we already know if the answer leaves it out.
      queryClient.setQueryData<SettingsView>(keys.settings, (old) => ({
        ...saved,
        reportPath: saved.reportPath ?? old?.reportPath,
      }));
      setForm(settingsToForm(saved));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(settingsInput, formToSettingsInput(form));
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) save.mutate(result.data);
  };
  return (
    <form onSubmit={submit} noValidate className="settings-form" data-testid="settings-form">
      <TextField
        label={t('settings.orgName')}
        value={form.orgName}
        onChange={(orgName) => setForm((f) => ({ ...f, orgName }))}
        maxLength={LIMITS.shortText}
        error={errorAt(errors, 'orgName')}
        testId="settings-org-name"
      />
      <ContactPointFields
        legend={t('settings.desk')}
        hint={t('settings.deskHint')}
        value={form.desk}
        onChange={(desk) => setForm((f) => ({ ...f, desk }))}
        errors={errors}
        path="desk"
        testIdPrefix="settings-desk"
      />
      <ContactPointFields
        legend={t('settings.fallback')}
        hint={t('settings.fallbackHint')}
        value={form.fallbackDesk}
        onChange={(fallbackDesk) => setForm((f) => ({ ...f, fallbackDesk }))}
        errors={errors}
        path="fallbackDesk"
        testIdPrefix="settings-fallback"
      />
      <TextField
        label={t('settings.departments')}
        hint={t('settings.departmentsHint')}
        value={form.departments}
        onChange={(departments) => setForm((f) => ({ ...f, departments }))}
        multiline
        rows={6}
        error={errorAt(errors, 'departments')}
        testId="settings-departments"
      />
      <ErrorNotice error={save.error} />
      {save.isSuccess ? (
        <Notice kind="success" testId="settings-saved">
          {t('common.saved')}
        </Notice>
      ) : null}
      <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="settings-save">
        {t('settings.save')}
      </button>
    </form>
  );
}
