/**
 * Distribution lists for warnings: internal ones (staff) and external ones (customers, partners). Made here
 * in calm times, chosen by the responder in step 4 when a warning has to go out quickly.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyKeys, saveDistributionLists, useDistributionLists } from '../api/notify';
import { ErrorNotice } from '../components/ErrorNotice';
import { Notice } from '../components/Notice';
import { QueryState } from '../components/QueryState';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { errorAt, type FieldErrors, validate } from '../lib/validation';
import {
  type DistributionListView,
  distributionListsInput,
  LIMITS,
  NOTIFY_LIMITS,
  WARNING_AUDIENCES,
  type WarningAudience,
} from '../shared';
import { joinAddresses, splitAddresses } from './forms';

interface Row {
  key: number;
  id?: string;
  name: string;
  audience: WarningAudience;
  emails: string;
}

let nextKey = 1;
const toRows = (lists: DistributionListView[]): Row[] =>
  lists.map((l) => ({
    key: nextKey++,
    id: l.id,
    name: l.name,
    audience: l.audience,
    emails: joinAddresses(l.emails ?? []),
  }));

function ListsForm({ lists }: { lists: DistributionListView[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() => toRows(lists));
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: saveDistributionLists,
    onSuccess: (saved) => {
      queryClient.setQueryData(notifyKeys.lists, saved);
      setRows(toRows(saved.lists));
    },
  });
  const change = (next: Row[]) => {
    setRows(next);
    save.reset();
  };
  const set = (i: number, patch: Partial<Row>) => change(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const add = (audience: WarningAudience) => change([...rows, { key: nextKey++, name: '', audience, emails: '' }]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = {
      lists: rows.map((r) => ({
        ...(r.id ? { id: r.id } : {}),
        name: r.name.trim(),
        audience: r.audience,
        emails: splitAddresses(r.emails),
      })),
    };
    const result = validate(distributionListsInput, input);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) save.mutate(result.data);
  };

  return (
    <form onSubmit={submit} noValidate data-testid="dlist-form">
      {rows.length === 0 ? (
        <p className="muted" data-testid="dlist-empty">
          {t('notify.lists.empty')}
        </p>
      ) : null}
      <ul className="plain-list">
        {rows.map((row, i) => {
          const count = splitAddresses(row.emails).length;
          return (
            <li key={row.key} className="notify-rule" data-testid="dlist-row" data-audience={row.audience}>
              <TextField
                label={t('notify.lists.name')}
                value={row.name}
                onChange={(name) => set(i, { name })}
                maxLength={LIMITS.shortText}
                error={errorAt(errors, `lists.${i}.name`)}
                required
                testId="dlist-name"
              />
              <SelectField
                label={t('notify.lists.audience')}
                value={row.audience}
                onChange={(v) => set(i, { audience: v as WarningAudience })}
                options={WARNING_AUDIENCES.map((value) => ({ value, label: t(`notify.audience.${value}`) }))}
                hint={t(`notify.audienceHint.${row.audience}`)}
                testId="dlist-audience"
              />
              <TextField
                label={t('notify.lists.emails')}
                hint={t('notify.lists.emailsHint', { n: count, max: NOTIFY_LIMITS.emailsPerList })}
                value={row.emails}
                onChange={(emails) => set(i, { emails })}
                multiline
                rows={5}
                error={errorAt(errors, `lists.${i}.emails`)}
                testId="dlist-emails"
              />
              <button
                type="button"
                className="button button-small button-danger"
                onClick={() => change(rows.filter((_, j) => j !== i))}
                data-testid="dlist-remove"
              >
                {t('notify.lists.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => add('internal')}
          disabled={rows.length >= NOTIFY_LIMITS.lists}
          data-testid="dlist-add-internal"
        >
          {t('notify.lists.addInternal')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => add('external')}
          disabled={rows.length >= NOTIFY_LIMITS.lists}
          data-testid="dlist-add-external"
        >
          {t('notify.lists.addExternal')}
        </button>
      </div>
      <ErrorNotice error={save.error} />
      {save.isSuccess ? (
        <Notice kind="success" testId="dlist-saved">
          {t('notify.lists.saved')}
        </Notice>
      ) : null}
      <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="dlist-save">
        {save.isPending ? t('common.saving') : t('notify.lists.save')}
      </button>
    </form>
  );
}

export function DistributionListsPanel() {
  const { t } = useTranslation();
  const lists = useDistributionLists();
  return (
    <section
      className="panel notify-section"
      id="distribution-lists"
      aria-labelledby="dlists-title"
      data-testid="dlist-panel"
    >
      <h2 id="dlists-title">{t('notify.lists.title')}</h2>
      <p className="hint">{t('notify.lists.lead')}</p>
      <QueryState isPending={lists.isPending} error={lists.error} onRetry={() => void lists.refetch()} />
      {lists.data ? <ListsForm lists={lists.data.lists} /> : null}
    </section>
  );
}
