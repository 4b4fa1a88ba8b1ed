/**
 * Limit who may see this incident (e.g. an insider case) to named people; whoever restricts it stays
 * among them. Lifting the restriction makes it visible to every responder, manager and admin again.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateIncident } from '../../api/client';
import { useDirectory } from '../../api/queries';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { QueryState } from '../../components/QueryState';
import type { IncidentDetail } from '../../shared';
import { useIncidentAction } from '../use-incident-action';

export function RestrictAccess({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const [chosen, setChosen] = useState<string[]>(incident.restrictedTo?.map((p) => p.id) ?? []);
  const save = useIncidentAction(incident.id, (restrictedTo: string[] | null) =>
    updateIncident(incident.id, { version: incident.version, restrictedTo }),
  );
  const toggle = (id: string, on: boolean) => setChosen((list) => (on ? [...list, id] : list.filter((x) => x !== id)));
  return (
    <details className="details-box" data-testid="restrict-access">
      <summary>{t('restrict.title')}</summary>
      <div className="details-body">
        <p className="hint">{t('restrict.hint')}</p>
        {incident.restrictedTo ? (
          <p data-testid="restrict-current">
            {t('restrict.current', { names: incident.restrictedTo.map((p) => p.name).join(t('common.listSeparator')) })}
          </p>
        ) : (
          <p>{t('restrict.none')}</p>
        )}
        <QueryState isPending={directory.isPending} error={directory.error} onRetry={() => void directory.refetch()} />
        <fieldset className="checkbox-group columns">
          <legend>{t('restrict.people')}</legend>
          {(directory.data?.users ?? [])
            .filter((u) => u.role !== 'reporter')
            .map((u) => (
              <CheckboxField
                key={u.id}
                label={t('restrict.person', { name: u.name, role: t(`role.${u.role}`) })}
                checked={chosen.includes(u.id)}
                onChange={(on) => toggle(u.id, on)}
                testId={`restrict-user-${u.id}`}
              />
            ))}
        </fieldset>
        <ErrorNotice error={save.error} conflictText={t('common.conflictRetry')} />
        {save.isSuccess ? <Notice kind="success">{t('common.saved')}</Notice> : null}
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={save.isPending || chosen.length === 0}
            onClick={() => save.mutate(chosen)}
            data-testid="restrict-save"
          >
            {t('restrict.save')}
          </button>
          {incident.restrictedTo ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={save.isPending}
              onClick={() => {
                setChosen([]);
                save.mutate(null);
              }}
              data-testid="restrict-lift"
            >
              {t('restrict.lift')}
            </button>
          ) : null}
        </div>
      </div>
    </details>
  );
}
