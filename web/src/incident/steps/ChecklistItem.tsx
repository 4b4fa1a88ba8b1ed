/** One containment task: why, what to do, what not to do; mark it done or not applicable, with a note. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setChecklistItem } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';
import { formatDateTime, labelOf } from '../../lib/format';
import { type CHECK_STATES, type ChecklistItemView, LIMITS } from '../../shared';
import { useIncidentAction } from '../use-incident-action';

type CheckState = (typeof CHECK_STATES)[number];

interface Props {
  incidentId: string;
  item: ChecklistItemView;
  canEdit: boolean;
}

export function ChecklistItem({ incidentId, item, canEdit }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState(item.note ?? '');
  const save = useIncidentAction(incidentId, (state: CheckState) =>
    setChecklistItem(incidentId, item.key, { state, ...(note.trim() ? { note: note.trim() } : {}) }),
  );
  return (
    <li className={`check-item check-${item.state}`} data-testid={`check-item-${item.key}`} data-state={item.state}>
      <div className="check-head">
        <h4>{item.title}</h4>
        <span className={`badge badge-check-${item.state}`}>{t(`checkState.${item.state}`)}</span>
        <span className="badge badge-type">
          {item.source === 'common' ? t('containment.common') : labelOf('types', item.source)}
        </span>
      </div>
      <dl className="check-body">
        <dt>{t('containment.why')}</dt>
        <dd className="pre">{item.why}</dd>
        <dt>{t('containment.do')}</dt>
        <dd className="pre check-do">{item.do}</dd>
        <dt>{t('containment.dont')}</dt>
        <dd className="pre check-dont">{item.dont}</dd>
      </dl>
      {item.doneBy ? (
        <p className="meta">{t('containment.doneBy', { name: item.doneBy, at: formatDateTime(item.doneAt) })}</p>
      ) : null}
      {item.note && !canEdit ? <p className="pre">{t('containment.noteValue', { note: item.note })}</p> : null}
      {canEdit ? (
        <div className="check-actions">
          <TextField
            label={t('containment.note')}
            value={note}
            onChange={setNote}
            maxLength={LIMITS.longText}
            testId={`check-${item.key}-note`}
          />
          <ErrorNotice error={save.error} />
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              onClick={() => save.mutate('done')}
              disabled={save.isPending}
              data-testid={`check-${item.key}`}
            >
              {t('containment.markDone')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => save.mutate('not_applicable')}
              disabled={save.isPending}
              data-testid={`check-${item.key}-na`}
            >
              {t('containment.markNa')}
            </button>
            {item.state !== 'open' ? (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => save.mutate('open')}
                disabled={save.isPending}
                data-testid={`check-${item.key}-reopen`}
              >
                {t('containment.reopen')}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
    </li>
  );
}
