/** Title and incident types. The types decide the containment checklist of step 4. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateIncident } from '../../api/client';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { errorAt, type FieldErrors, validate } from '../../lib/validation';
import { INCIDENT_TYPES, type IncidentDetail, type IncidentType, LIMITS, updateIncidentInput } from '../../shared';
import { SuggestedTypes } from '../SuggestedTypes';
import { useIncidentAction } from '../use-incident-action';

export function IncidentEditForm({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(incident.title);
  const [types, setTypes] = useState<IncidentType[]>(incident.types);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useIncidentAction(incident.id, (input: Parameters<typeof updateIncident>[1]) =>
    updateIncident(incident.id, input),
  );
  const toggle = (type: IncidentType, on: boolean) =>
    setTypes((list) => (on ? [...list, type] : list.filter((x) => x !== type)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(updateIncidentInput, { version: incident.version, title: title.trim(), types });
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) save.mutate(result.data);
  };

  return (
    <form onSubmit={submit} noValidate className="subform" data-testid="incident-edit">
      <h3>{t('incidentEdit.title')}</h3>
      <TextField
        label={t('incident.titleLabel')}
        value={title}
        onChange={setTitle}
        maxLength={LIMITS.shortText}
        error={errorAt(errors, 'title')}
        testId="incident-title-input"
      />
      <fieldset className="checkbox-group columns">
        <legend>{t('incident.types')}</legend>
        <p className="hint">{t('incidentEdit.typesHint')}</p>
        <SuggestedTypes suggestions={incident.suggestedTypes} chosen={types} onChange={setTypes} />
        {errorAt(errors, 'types') ? <p className="field-error">{errorAt(errors, 'types')}</p> : null}
        {INCIDENT_TYPES.map((type) => (
          <CheckboxField
            key={type}
            label={t(`types.${type}`)}
            checked={types.includes(type)}
            onChange={(on) => toggle(type, on)}
            testId={`incident-type-${type}`}
          />
        ))}
      </fieldset>
      <ErrorNotice error={save.error} conflictText={t('incidentEdit.conflict')} />
      {save.isSuccess ? <Notice kind="success">{t('common.saved')}</Notice> : null}
      <button type="submit" className="button" disabled={save.isPending} data-testid="incident-edit-save">
        {t('incidentEdit.save')}
      </button>
    </form>
  );
}
