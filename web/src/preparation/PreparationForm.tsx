/** The preparation facts: police desk, who issues public notices, and backups. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { preparationKeys, savePreparation } from '../api/preparation';
import { ErrorNotice } from '../components/ErrorNotice';
import { Notice } from '../components/Notice';
import { TextField } from '../components/TextField';
import { errorAt, type FieldErrors, validate } from '../lib/validation';
import { LIMITS, type PreparationView, preparationInput } from '../shared';
import { formToPreparationInput, type PreparationFormState, preparationToForm } from './preparation-form';

/** A native date picker; TextField has no date type and the value is a plain YYYY-MM-DD. */
function DateField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  testId: string;
}) {
  const id = useId();
  return (
    <div className={`field${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.error ? (
        <p id={`${id}-error`} className="field-error">
          {props.error}
        </p>
      ) : null}
      <input
        id={id}
        type="date"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        data-testid={props.testId}
      />
    </div>
  );
}

export function PreparationForm({ preparation }: { preparation: PreparationView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<PreparationFormState>(() => preparationToForm(preparation));
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: savePreparation,
    onSuccess: (saved) => {
      queryClient.setQueryData(preparationKeys.preparation, saved);
      void queryClient.invalidateQueries({ queryKey: preparationKeys.readiness });
      setForm(preparationToForm(saved));
    },
  });
  const field = (key: keyof PreparationFormState) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(preparationInput, formToPreparationInput(form));
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) save.mutate(result.data);
  };
  return (
    <form onSubmit={submit} noValidate data-testid="preparation-form">
      <fieldset id="police-desk">
        <legend>{t('preparation.police.legend')}</legend>
        <p className="hint">{t('preparation.police.hint')}</p>
        <TextField
          label={t('preparation.police.name')}
          hint={t('preparation.police.nameHint')}
          value={form.policeName}
          onChange={field('policeName')}
          maxLength={LIMITS.shortText}
          error={errorAt(errors, 'policeDesk.name')}
          testId="prep-police-name"
        />
        <TextField
          label={t('preparation.police.phone')}
          type="tel"
          value={form.policePhone}
          onChange={field('policePhone')}
          maxLength={LIMITS.shortText}
          error={errorAt(errors, 'policeDesk.phone')}
          testId="prep-police-phone"
        />
        <TextField
          label={t('preparation.police.note')}
          value={form.policeNote}
          onChange={field('policeNote')}
          multiline
          rows={2}
          maxLength={LIMITS.longText}
          error={errorAt(errors, 'policeDesk.note')}
          testId="prep-police-note"
        />
      </fieldset>
      <fieldset id="public-notice">
        <legend>{t('preparation.notice.legend')}</legend>
        <p className="hint">{t('preparation.notice.hint')}</p>
        <TextField
          label={t('preparation.notice.name')}
          value={form.noticeName}
          onChange={field('noticeName')}
          maxLength={LIMITS.shortText}
          error={errorAt(errors, 'publicNoticeOwner.name')}
          testId="prep-notice-name"
        />
        <TextField
          label={t('preparation.notice.contact')}
          value={form.noticeContact}
          onChange={field('noticeContact')}
          maxLength={LIMITS.shortText}
          error={errorAt(errors, 'publicNoticeOwner.contact')}
          testId="prep-notice-contact"
        />
      </fieldset>
      <fieldset id="backups">
        <legend>{t('preparation.backups.legend')}</legend>
        <p className="hint">{t('preparation.backups.hint')}</p>
        <TextField
          label={t('preparation.backups.where')}
          hint={t('preparation.backups.whereHint')}
          value={form.backupsWhere}
          onChange={field('backupsWhere')}
          multiline
          rows={3}
          maxLength={LIMITS.longText}
          error={errorAt(errors, 'backups.where')}
          testId="prep-backups-where"
        />
        <DateField
          label={t('preparation.backups.lastTestedOn')}
          value={form.backupsTested}
          onChange={field('backupsTested')}
          error={errorAt(errors, 'backups.lastTestedOn')}
          testId="prep-backups-tested"
        />
        <TextField
          label={t('preparation.backups.notes')}
          value={form.backupsNotes}
          onChange={field('backupsNotes')}
          multiline
          rows={2}
          maxLength={LIMITS.longText}
          error={errorAt(errors, 'backups.notes')}
          testId="prep-backups-notes"
        />
      </fieldset>
      <ErrorNotice error={save.error} />
      {save.isSuccess ? (
        <Notice kind="success" testId="prep-saved">
          {t('preparation.saved')}
        </Notice>
      ) : null}
      <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="prep-save">
        {t('preparation.save')}
      </button>
    </form>
  );
}
