/**
 * /ack/:token — the one-click acknowledgement link from a briefing or intake mail. Public, no account.
 * Opening the page only reads what the link is for; nothing is recorded until the person presses the
 * button (mail scanners open links on their own). Used, expired and altered links each get their own words.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AckLinkError, ackLinkInfo, confirmAckLink, notifyKeys } from '../api/notify';
import { ErrorNotice } from '../components/ErrorNotice';
import { NextStepHint, NothingLeft } from '../components/NextStepHint';
import { Notice } from '../components/Notice';
import { QueryState } from '../components/QueryState';
import { formatDateTime } from '../lib/format';
import type { AckLinkInfo, AckLinkResult } from '../shared';
import '../notify/notify.css';

type Refusal = 'used' | 'expired' | 'invalid';

const refusalOf = (error: unknown): Refusal | null =>
  error instanceof AckLinkError && error.id === 'token_invalid' ? (error.reason ?? 'invalid') : null;

function Facts({ info }: { info: AckLinkInfo }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('notify.ack.what'), t(`notify.ack.kind.${info.kind}`)],
    [t('notify.ack.incident'), info.incidentId],
    [t('notify.ack.recipient'), info.recipient],
    [t('notify.ack.expiresAt'), formatDateTime(info.expiresAt)],
  ];
  return (
    <dl
      className="facts-list ack-facts"
      data-testid="ack-info"
      data-kind={info.kind}
      data-incident-id={info.incidentId}
    >
      {rows.map(([label, value]) => (
        <div key={label} className="facts-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Refused({ reason }: { reason: Refusal }) {
  const { t } = useTranslation();
  return (
    <div data-testid="ack-result" data-result={reason}>
      <div
        className={`notice ${reason === 'used' ? 'notice-info' : 'notice-warning'}`}
        role={reason === 'used' ? 'status' : 'alert'}
      >
        <p className="notice-title">{t(`notify.ack.refused.${reason}.title`)}</p>
        <p>{t(`notify.ack.refused.${reason}.body`)}</p>
      </div>
      <NothingLeft actions={[{ to: '/', label: t('notify.ack.openShodo') }]}>
        <p>{t('notify.ack.refused.next')}</p>
      </NothingLeft>
    </div>
  );
}

function Done({ result }: { result: AckLinkResult }) {
  const { t } = useTranslation();
  const extra =
    result.kind === 'briefing'
      ? result.briefingAcknowledged
        ? t('notify.ack.done.briefingRecorded')
        : t('notify.ack.done.briefingLinkOnly')
      : t('notify.ack.done.intake');
  return (
    <div data-testid="ack-result" data-result="done" data-briefing-acknowledged={String(result.briefingAcknowledged)}>
      <Notice kind="success" title={t('notify.ack.done.title')}>
        <p>{t('notify.ack.done.at', { at: formatDateTime(result.acknowledgedAt) })}</p>
        <p>{extra}</p>
      </Notice>
      <NextStepHint
        text={t('notify.ack.done.next')}
        actions={[
          {
            to: `/incidents/${encodeURIComponent(result.incidentId)}`,
            label: t('notify.ack.openIncident'),
            testId: 'ack-open-incident',
          },
        ]}
      />
    </div>
  );
}

export function AckPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const info = useQuery({
    queryKey: notifyKeys.ackLink(token),
    queryFn: () => ackLinkInfo(token),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
  const confirm = useMutation({ mutationFn: () => confirmAckLink(token) });

  const refusedOnOpen = refusalOf(info.error);
  const refusedOnConfirm = refusalOf(confirm.error);
  let body: ReactNode;
  if (confirm.data) body = <Done result={confirm.data} />;
  else if (refusedOnConfirm) body = <Refused reason={refusedOnConfirm} />;
  else if (refusedOnOpen) body = <Refused reason={refusedOnOpen} />;
  else if (!info.data)
    body = <QueryState isPending={info.isPending} error={info.error} onRetry={() => void info.refetch()} />;
  else
    body = (
      <>
        <Facts info={info.data} />
        <NextStepHint text={t('notify.ack.confirmText')} actions={[]}>
          <p className="button-row">
            <button
              type="button"
              className="button button-primary button-large"
              onClick={() => confirm.mutate()}
              disabled={confirm.isPending}
              data-testid="ack-confirm"
            >
              {confirm.isPending ? t('common.sending') : t('notify.ack.confirm')}
            </button>
          </p>
        </NextStepHint>
        <ErrorNotice error={confirm.error} />
      </>
    );

  return (
    <section className="panel narrow" data-testid="ack-page">
      <h1>{t('notify.ack.title')}</h1>
      <p className="lead">{t('notify.ack.lead')}</p>
      {body}
    </section>
  );
}
