/** Register a piece of evidence: what, from where, who, when, how, its SHA-256 (typed or computed from an upload), where kept. */
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addEvidence } from '../../api/client';
import { useSession } from '../../api/session';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { nowLocalInput } from '../../lib/dates';
import { formatBytes } from '../../lib/format';
import { errorAt, type FieldErrors, validate } from '../../lib/validation';
import { evidenceInput, type IncidentDetail, LIMITS } from '../../shared';
import { useIncidentAction } from '../use-incident-action';
import { type EvidenceFormState, toEvidenceFormData, toEvidenceInput } from './evidence-form';

export function EvidenceForm({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const me = useSession().data?.user.name ?? '';
  const blank = (): EvidenceFormState => ({
    item: '',
    source: '',
    collectedBy: me,
    collectedAt: nowLocalInput(),
    method: '',
    sha256: '',
    storageLocation: '',
  });
  const [form, setForm] = useState<EvidenceFormState>(blank);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [computed, setComputed] = useState<{ item: string; sha256: string | null } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const before = new Set(incident.evidence.map((e) => e.id));
  const save = useIncidentAction(incident.id, (data: FormData) => addEvidence(incident.id, data), {
    onSuccess: (detail) => {
      const added = detail.evidence.find((e) => !before.has(e.id));
      setComputed(added ? { item: added.item, sha256: added.sha256 } : null);
      setForm(blank());
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
    },
  });
  const field = (key: keyof EvidenceFormState, testId: string, extra: object = {}) => ({
    label: t(`evidence.fields.${key}.label`),
    hint: t(`evidence.fields.${key}.hint`),
    value: form[key],
    onChange: (v: string) => setForm((f) => ({ ...f, [key]: v })),
    error: errorAt(errors, key),
    maxLength: LIMITS.shortText,
    testId,
    ...extra,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = toEvidenceInput(form, !!file);
    const result = validate(evidenceInput, input);
    const next: FieldErrors = result.ok ? {} : { ...result.errors };
    if (file && file.size > LIMITS.evidenceFileBytes)
      next.file = t('evidence.fileTooLarge', { max: formatBytes(LIMITS.evidenceFileBytes) });
    setErrors(next);
    if (result.ok && !next.file) save.mutate(toEvidenceFormData(input, file));
  };

  return (
    <form onSubmit={submit} noValidate className="subform" data-testid="evidence-form">
      <h3>{t('evidence.formTitle')}</h3>
      <TextField {...field('item', 'evidence-item')} required />
      <TextField {...field('source', 'evidence-source')} required />
      <TextField {...field('collectedBy', 'evidence-collected-by')} required />
      <TextField {...field('collectedAt', 'evidence-collected-at', { type: 'datetime-local' })} required />
      <TextField {...field('method', 'evidence-method', { multiline: true, maxLength: LIMITS.longText })} />
      <div className={`field${errors.file ? ' field-invalid' : ''}`}>
        <label htmlFor="evidence-file">{t('evidence.fields.file.label')}</label>
        <p className="hint" id="evidence-file-hint">
          {t('evidence.fields.file.hint', { max: formatBytes(LIMITS.evidenceFileBytes) })}
        </p>
        {errors.file ? <p className="field-error">{errors.file}</p> : null}
        <input
          id="evidence-file"
          ref={fileRef}
          type="file"
          aria-describedby="evidence-file-hint"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          data-testid="evidence-file"
        />
        {file ? (
          <p className="hint">{t('evidence.fileChosen', { name: file.name, size: formatBytes(file.size) })}</p>
        ) : null}
      </div>
      <TextField
        {...field('sha256', 'evidence-sha256', { maxLength: 64 })}
        hint={file ? t('evidence.shaFromFile') : t('evidence.fields.sha256.hint')}
        disabled={!!file}
      />
      <TextField {...field('storageLocation', 'evidence-location')} required />
      <ErrorNotice error={save.error} />
      {computed ? (
        <Notice kind="success" title={t('evidence.saved', { item: computed.item })}>
          {computed.sha256 ? (
            <p>
              {t('evidence.computed')}{' '}
              <code className="hash" data-testid="evidence-computed-sha256">
                {computed.sha256}
              </code>
            </p>
          ) : null}
        </Notice>
      ) : null}
      <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="evidence-save">
        {save.isPending ? t('common.sending') : t('evidence.save')}
      </button>
    </form>
  );
}
