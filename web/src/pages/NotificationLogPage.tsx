/**
 * /notifications — every notice Shodo sent or tried to send, newest first, for the response staff:
 * filter by status and channel (or one incident, `?incidentId=`), and send failed ones again.
 */
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { notificationLog, notifyKeys, pollWhileQueued, retryNotification } from '../api/notify';
import { keys } from '../api/queries';
import { hasRole, useSession } from '../api/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { NextStepHint, NothingLeft } from '../components/NextStepHint';
import { Notice } from '../components/Notice';
import { QueryState } from '../components/QueryState';
import { SelectField } from '../components/SelectField';
import { channelLabel } from '../notify/labels';
import { NotificationLogTable } from '../notify/NotificationLogTable';
import { CHANNELS, type Channel, NOTIFICATION_STATUSES, type NotificationStatus } from '../shared';
import '../notify/notify.css';

const PAGE = 100;

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T) : undefined;

function NotificationLog() {
  const { t } = useTranslation();
  const session = useSession().data;
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const status = oneOf<NotificationStatus>(NOTIFICATION_STATUSES, params.get('status'));
  const channel = oneOf<Channel>(CHANNELS, params.get('channel'));
  const incidentId = params.get('incidentId') || undefined;
  const filter = { status, channel, incidentId };

  const log = useInfiniteQuery({
    queryKey: notifyKeys.logFiltered(filter),
    queryFn: ({ pageParam }) => notificationLog({ ...filter, limit: PAGE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (q) => pollWhileQueued(q.state.data?.pages.flatMap((p) => p.notifications) ?? []),
  });
  const entries = log.data?.pages.flatMap((p) => p.notifications) ?? [];
  const failed = entries.filter((n) => n.status === 'failed').length;

  const retry = useMutation({
    mutationFn: retryNotification,
    onSuccess: (entry) => {
      void queryClient.invalidateQueries({ queryKey: notifyKeys.log });
      if (entry.incidentId) void queryClient.invalidateQueries({ queryKey: keys.incident(entry.incidentId) });
    },
  });
  const canRetry = hasRole(session, 'responder', 'admin');

  const setFilter = (key: 'status' | 'channel', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const clearIncident = () => {
    const next = new URLSearchParams(params);
    next.delete('incidentId');
    setParams(next, { replace: true });
  };

  const nextActions = [
    ...(failed > 0 && status !== 'failed'
      ? [
          {
            onClick: () => setFilter('status', 'failed'),
            label: t('notify.log.onlyFailed'),
            testId: 'notify-only-failed',
          },
        ]
      : []),
    ...(hasRole(session, 'admin')
      ? [{ to: '/admin/notifications', label: t('notify.settings.open'), testId: 'notify-log-settings' }]
      : []),
    incidentId
      ? { to: `/incidents/${encodeURIComponent(incidentId)}`, label: t('notify.log.backToIncident') }
      : { to: '/', label: t('guidance.home') },
  ];

  return (
    <>
      <section className="panel">
        <h1>{t('notify.log.title')}</h1>
        <p className="lead">{t('notify.log.lead')}</p>
        <NextStepHint text={failed > 0 ? t('notify.log.nextFailed') : t('notify.log.nextCalm')} actions={nextActions} />
      </section>
      <section className="panel" aria-labelledby="notify-log-title">
        <h2 id="notify-log-title">{t('notify.log.listTitle')}</h2>
        <div className="notify-filters">
          <SelectField
            label={t('notify.log.filterStatus')}
            value={status ?? ''}
            onChange={(v) => setFilter('status', v)}
            options={[
              { value: '', label: t('notify.log.all') },
              ...NOTIFICATION_STATUSES.map((s) => ({ value: s, label: t(`notificationStatus.${s}`) })),
            ]}
            testId="notify-filter-status"
          />
          <SelectField
            label={t('notify.log.filterChannel')}
            value={channel ?? ''}
            onChange={(v) => setFilter('channel', v)}
            options={[
              { value: '', label: t('notify.log.all') },
              ...CHANNELS.map((c) => ({ value: c, label: channelLabel(c) })),
            ]}
            testId="notify-filter-channel"
          />
        </div>
        {incidentId ? (
          <p className="hint" data-testid="notify-filter-incident">
            {t('notify.log.onlyIncident', { id: incidentId })}{' '}
            <button
              type="button"
              className="button button-small"
              onClick={clearIncident}
              data-testid="notify-filter-clear"
            >
              {t('notify.log.showAll')}
            </button>
          </p>
        ) : null}
        <QueryState isPending={log.isPending} error={log.error} onRetry={() => void log.refetch()} />
        {retry.error instanceof ApiError && retry.error.id === 'invalid_transition' ? (
          <Notice kind="warning" testId="notify-retry-stale">
            {t('notify.log.retryStale')}
          </Notice>
        ) : (
          <ErrorNotice error={retry.error} />
        )}
        {retry.isSuccess ? (
          <Notice kind="success" testId="notify-retry-done">
            {t('notify.log.retryDone')}
          </Notice>
        ) : null}
        {log.data && entries.length === 0 ? (
          <p data-testid="notify-empty">
            {status || channel || incidentId ? t('notify.log.emptyFiltered') : t('notify.log.empty')}
          </p>
        ) : null}
        {entries.length > 0 ? (
          <NotificationLogTable
            entries={entries}
            canRetry={canRetry}
            onRetry={(id) => retry.mutate(id)}
            retrying={retry.isPending ? (retry.variables ?? null) : null}
          />
        ) : null}
        {log.hasNextPage ? (
          <button
            type="button"
            className="button"
            onClick={() => void log.fetchNextPage()}
            disabled={log.isFetchingNextPage}
            data-testid="notify-more"
          >
            {log.isFetchingNextPage ? t('common.loading') : t('notify.log.more')}
          </button>
        ) : null}
        {entries.length > 0 && !canRetry && failed > 0 ? <p className="hint">{t('notify.log.askResponder')}</p> : null}
      </section>
    </>
  );
}

export function NotificationLogPage() {
  const { t } = useTranslation();
  const session = useSession().data;
  if (hasRole(session, 'responder', 'manager', 'admin')) return <NotificationLog />;
  return (
    <section className="panel narrow" data-testid="notify-log-not-allowed">
      <h1>{t('notify.log.title')}</h1>
      <NothingLeft actions={[{ to: '/', label: t('guidance.home') }]}>
        <p>{t('notify.log.staffOnly')}</p>
      </NothingLeft>
    </section>
  );
}
