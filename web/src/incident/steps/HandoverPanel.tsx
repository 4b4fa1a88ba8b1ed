/** Hand the whole case over to a vendor (their full investigation starts here), or show that it was. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handOver } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../lib/format';
import { errorAt, type FieldErrors, validate } from '../../lib/validation';
import { handoverInput, type IncidentDetail, LIMITS, type VendorView } from '../../shared';
import { useIncidentAction } from '../use-incident-action';

export function HandoverPanel({ incident, vendors }: { incident: IncidentDetail; vendors: VendorView[] }) {
  const { t } = useTranslation();
  const [vendorId, setVendorId] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useIncidentAction(incident.id, (input: Parameters<typeof handOver>[1]) => handOver(incident.id, input));
  const h = incident.handover;

  if (h) {
    return (
      <div className="card" data-testid="handover-done">
        <h3>{t('handover.title')}</h3>
        <p>{t('handover.doneValue', { vendor: h.vendorName, name: h.by, at: formatDateTime(h.at) })}</p>
        {h.note ? <p className="pre">{h.note}</p> : null}
        <p className="hint">{t('handover.after')}</p>
      </div>
    );
  }
  if (!incident.can.edit) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(handoverInput, {
      version: incident.version,
      vendorId,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) save.mutate(result.data);
  };

  return (
    <form id="handover-form" onSubmit={submit} noValidate className="subform" data-testid="handover-form">
      <h3>{t('handover.title')}</h3>
      <p className="hint">{t('handover.hint')}</p>
      <SelectField
        label={t('handover.vendor')}
        value={vendorId}
        onChange={setVendorId}
        options={[{ value: '', label: t('common.choose') }, ...vendors.map((v) => ({ value: v.id, label: v.name }))]}
        error={errorAt(errors, 'vendorId')}
        testId="handover-vendor"
      />
      <TextField
        label={t('handover.note')}
        hint={t('handover.noteHint')}
        value={note}
        onChange={setNote}
        multiline
        maxLength={LIMITS.longText}
        testId="handover-note"
      />
      <ErrorNotice error={save.error} conflictText={t('common.conflictRetry')} />
      <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="handover-save">
        {t('handover.save')}
      </button>
    </form>
  );
}
