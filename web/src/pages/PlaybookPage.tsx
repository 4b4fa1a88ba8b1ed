/**
 * /playbooks/:type — one playbook as this organisation uses it. Admins can edit the organisation's copy or
 * go back to the built-in text; anyone can look at the built-in text next to an edited copy.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { playbookKeys, resetPlaybook, usePlaybook } from '../api/playbooks';
import { hasRole, useSession } from '../api/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { NextStepHint, NothingLeft } from '../components/NextStepHint';
import { Notice } from '../components/Notice';
import { QueryState } from '../components/QueryState';
import { formatDateTime } from '../lib/format';
import { useLang } from '../lib/use-lang';
import { PlaybookBody } from '../playbook/PlaybookBody';
import { PlaybookEditor } from '../playbook/PlaybookEditor';
import { useTemplateValues } from '../playbook/template-values';
import { INCIDENT_TYPES, type IncidentType } from '../shared';

const isType = (s: string | undefined): s is IncidentType => (INCIDENT_TYPES as readonly string[]).includes(s ?? '');

export function PlaybookPage() {
  const { t } = useTranslation();
  const param = useParams().type;
  const session = useSession().data;
  const allowed = hasRole(session, 'responder', 'manager', 'admin');
  if (!allowed || !isType(param)) {
    return (
      <section className="panel narrow" data-testid="playbook-not-found">
        <h1>{t('playbook.page.title')}</h1>
        <NothingLeft
          actions={
            allowed ? [{ to: '/playbooks', label: t('playbook.page.back') }] : [{ to: '/', label: t('guidance.home') }]
          }
        >
          <p>{allowed ? t('playbook.page.notFound') : t('common.notAllowed')}</p>
        </NothingLeft>
      </section>
    );
  }
  return <PlaybookView type={param} isAdmin={hasRole(session, 'admin')} />;
}

function PlaybookView({ type, isAdmin }: { type: IncidentType; isAdmin: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const query = usePlaybook(type);
  const values = useTemplateValues(lang);
  const [editing, setEditing] = useState(false);
  const [showBuiltIn, setShowBuiltIn] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const [notice, setNotice] = useState<'saved' | 'reset' | null>(null);
  const reset = useMutation({
    mutationFn: () => resetPlaybook(type),
    onSuccess: (detail) => {
      queryClient.setQueryData(playbookKeys.one(type), detail);
      void queryClient.invalidateQueries({ queryKey: playbookKeys.all, exact: true });
      setConfirmReset(false);
      setShowBuiltIn(false);
      setNotice('reset');
    },
  });
  const detail = query.data;
  if (!detail) {
    return (
      <section className="panel">
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      </section>
    );
  }
  const shown = showBuiltIn ? detail.builtIn : detail.effective;
  return (
    <section className="panel" data-testid="playbook-page" data-type={type} data-customised={detail.customised}>
      <p>
        <Link to="/playbooks">{t('playbook.page.back')}</Link>
      </p>
      <h1>{shown.title[lang]}</h1>
      <p data-testid="playbook-status">
        {detail.customised ? (
          <span className="badge">{t('playbook.customised')}</span>
        ) : (
          <span className="badge badge-done">{t('playbook.page.builtIn')}</span>
        )}{' '}
        {detail.customised && detail.updatedAt
          ? t('playbook.page.updated', { name: detail.updatedBy ?? '', at: formatDateTime(detail.updatedAt) })
          : null}
      </p>
      {notice === 'saved' ? <Notice kind="success">{t('playbook.page.saved')}</Notice> : null}
      {notice === 'reset' ? <Notice kind="success">{t('playbook.page.resetDone')}</Notice> : null}
      {showBuiltIn ? <Notice kind="info">{t('playbook.page.viewingBuiltIn')}</Notice> : null}
      <div className="button-row">
        {detail.customised ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setShowBuiltIn((v) => !v)}
            aria-pressed={showBuiltIn}
            data-testid="playbook-view-builtin"
          >
            {showBuiltIn ? t('playbook.page.viewEffective') : t('playbook.page.viewBuiltIn')}
          </button>
        ) : null}
        {isAdmin && !editing ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setEditing(true);
              setNotice(null);
            }}
            data-testid="playbook-edit"
          >
            {detail.customised ? t('playbook.page.editAgain') : t('playbook.page.edit')}
          </button>
        ) : null}
        {isAdmin && detail.customised && !editing ? (
          <button
            type="button"
            className="button button-danger"
            onClick={() => setConfirmReset(true)}
            data-testid="playbook-reset"
          >
            {t('playbook.page.reset')}
          </button>
        ) : null}
      </div>
      {!isAdmin ? <p className="hint">{t('playbook.page.adminEdits')}</p> : null}
      {editing ? null : (
        <NextStepHint
          text={t('guidance.playbook.text')}
          actions={[
            { to: '/', label: t('guidance.vendors.incidents') },
            { to: '/playbooks', label: t('guidance.playbook.list') },
          ]}
        />
      )}
      {confirmReset ? (
        <div className="notice notice-warning" role="alert">
          <p>{t('playbook.page.resetConfirm')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              onClick={() => reset.mutate()}
              disabled={reset.isPending}
              data-testid="playbook-reset-confirm"
            >
              {t('playbook.page.reset')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirmReset(false)}>
              {t('common.cancel')}
            </button>
          </div>
          <ErrorNotice error={reset.error} />
        </div>
      ) : null}
      {editing ? (
        <PlaybookEditor
          detail={detail}
          onSaved={() => {
            setEditing(false);
            setNotice('saved');
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <PlaybookBody detail={detail} playbook={shown} lang={lang} values={values} headingLevel={3} />
      )}
    </section>
  );
}
