/**
 * "Is the same thing happening elsewhere?": the departments from settings plus any typed in, each unchecked,
 * clear or affected. Two or more affected → the server recommends stopping the internal network.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordSpread } from '../../api/client';
import { useSettings } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { errorAt, type FieldErrors, validate } from '../../lib/validation';
import { type IncidentDetail, LIMITS, SPREAD_STATES, spreadCheckInput } from '../../shared';
import { useIncidentAction } from '../use-incident-action';
import { SpreadTable } from './SpreadTable';

export function SpreadCheck({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const settings = useSettings().data;
  const [department, setDepartment] = useState('');
  const [state, setState] = useState<string>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useIncidentAction(
    incident.id,
    (input: Parameters<typeof recordSpread>[1]) => recordSpread(incident.id, input),
    {
      onSuccess: () => {
        setDepartment('');
        setState('');
        setNote('');
      },
    },
  );
  const known = [...new Set([...(settings?.departments ?? []), ...incident.spread.map((s) => s.department)])];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(spreadCheckInput, {
      department: department.trim(),
      state,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) save.mutate(result.data);
  };

  return (
    <div className="spread" data-testid="spread-check">
      <h3>{t('spread.title')}</h3>
      <p className="hint">{t('spread.hint')}</p>
      {incident.recommendNetworkStop ? (
        <div className="notice notice-danger" role="alert" data-testid="network-stop-warning">
          <p className="notice-title">{t('spread.networkStop.title')}</p>
          <p>{t('spread.networkStop.body')}</p>
        </div>
      ) : null}
      <SpreadTable
        departments={known}
        checks={incident.spread}
        onPick={incident.can.edit ? setDepartment : undefined}
      />
      {incident.can.edit ? (
        <form onSubmit={submit} noValidate className="subform inline-form" data-testid="spread-form">
          <TextField
            id="spread-department"
            label={t('spread.department')}
            hint={t('spread.departmentHint')}
            value={department}
            onChange={setDepartment}
            maxLength={LIMITS.shortText}
            error={errorAt(errors, 'department')}
            testId="spread-department"
          />
          <SelectField
            label={t('spread.state')}
            value={state}
            onChange={setState}
            options={[
              { value: '', label: t('common.choose') },
              ...SPREAD_STATES.map((s) => ({ value: s, label: t(`spreadState.${s}`) })),
            ]}
            error={errorAt(errors, 'state')}
            testId="spread-state"
          />
          <TextField
            label={t('spread.note')}
            value={note}
            onChange={setNote}
            maxLength={LIMITS.longText}
            testId="spread-note"
          />
          <ErrorNotice error={save.error} />
          <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="spread-add">
            {t('spread.save')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
