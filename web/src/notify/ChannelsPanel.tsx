/**
 * Chat channels: Slack, Teams, Google Chat and the signed generic webhook. Each one can post a test message
 * and shows the receiver's exact answer; a new signing secret is shown once, right after it is saved.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteChannel, notifyKeys, testChannel, useChannels } from '../api/notify';
import { CopyButton } from '../components/CopyButton';
import { ErrorNotice } from '../components/ErrorNotice';
import { QueryState } from '../components/QueryState';
import type { ChatChannelView } from '../shared';
import { ChannelForm } from './ChannelForm';
import { channelLabel } from './labels';
import { TestResult } from './TestResult';

function ChannelRow({
  channel,
  onSecret,
}: {
  channel: ChatChannelView;
  onSecret: (name: string, secret: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const test = useMutation({ mutationFn: () => testChannel(channel.id) });
  const remove = useMutation({
    mutationFn: () => deleteChannel(channel.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: notifyKeys.channels });
      void queryClient.invalidateQueries({ queryKey: notifyKeys.routing });
    },
  });
  return (
    <li className="card" data-testid="channel-row" data-channel-id={channel.id} data-type={channel.type}>
      <div className="card-head">
        <h3 className="card-title">{channel.name}</h3>
        <span className="badge">{channelLabel(channel.type)}</span>
        {channel.enabled ? null : <span className="badge badge-disabled">{t('notify.channels.disabled')}</span>}
      </div>
      <p className="meta">
        {t('notify.channels.urlShown', { hint: channel.urlHint })}
        <span className="block">{t('notify.channels.postsIn', { language: t(`language.${channel.locale}`) })}</span>
        {channel.type === 'webhook' ? (
          <span className="block" data-testid="channel-secret-state">
            {channel.secretSet ? t('notify.channels.secretSet') : t('notify.channels.secretMissing')}
          </span>
        ) : null}
      </p>
      {editing ? (
        <ChannelForm
          channel={channel}
          onSaved={(saved, secret) => {
            setEditing(false);
            if (secret) onSecret(saved.name, secret);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => test.mutate()}
            disabled={test.isPending}
            data-testid="channel-test"
          >
            {test.isPending ? t('notify.test.running') : t('notify.channels.test')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setEditing(true)}
            data-testid="channel-edit"
          >
            {t('notify.channels.edit')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => setConfirmDelete(true)}
            data-testid="channel-delete"
          >
            {t('notify.channels.delete')}
          </button>
        </div>
      )}
      {confirmDelete ? (
        <div className="notice notice-warning" role="alert" data-testid="channel-delete-confirm-box">
          <p>{t('notify.channels.deleteConfirm', { name: channel.name })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              onClick={() => remove.mutate()}
              disabled={remove.isPending}
              data-testid="channel-delete-confirm"
            >
              {t('notify.channels.deleteYes')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirmDelete(false)}>
              {t('common.cancel')}
            </button>
          </div>
          <ErrorNotice error={remove.error} />
        </div>
      ) : null}
      <ErrorNotice error={test.error} />
      {test.data && !test.isPending ? (
        <TestResult result={test.data} testId="channel-test-result" failHint={t('notify.channels.failHint')} />
      ) : null}
    </li>
  );
}

export function ChannelsPanel() {
  const { t } = useTranslation();
  const channels = useChannels();
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const list = channels.data?.channels ?? [];
  const showSecret = (name: string, value: string) => setSecret({ name, secret: value });
  return (
    <section
      className="panel notify-section"
      id="channels"
      aria-labelledby="channels-title"
      data-testid="channels-panel"
    >
      <h2 id="channels-title">{t('notify.channels.title')}</h2>
      <p className="hint">{t('notify.channels.lead')}</p>
      {secret ? (
        <div className="notice notice-warning" role="status" data-testid="channel-secret-once">
          <p className="notice-title">{t('notify.channels.secretOnceTitle', { name: secret.name })}</p>
          <p>{t('notify.channels.secretOnceBody')}</p>
          <code className="secret-value" data-testid="channel-secret">
            {secret.secret}
          </code>
          <div className="button-row">
            <CopyButton text={secret.secret} testId="channel-secret-copy" />
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setSecret(null)}
              data-testid="channel-secret-done"
            >
              {t('notify.channels.secretDone')}
            </button>
          </div>
        </div>
      ) : null}
      <QueryState isPending={channels.isPending} error={channels.error} onRetry={() => void channels.refetch()} />
      {channels.data && list.length === 0 ? (
        <p className="muted" data-testid="channels-empty">
          {t('notify.channels.empty')}
        </p>
      ) : null}
      {list.length > 0 ? (
        <ul className="card-list plain-list" data-testid="channel-list">
          {list.map((c) => (
            <ChannelRow key={c.id} channel={c} onSecret={showSecret} />
          ))}
        </ul>
      ) : null}
      {adding ? (
        <ChannelForm
          onSaved={(saved, value) => {
            setAdding(false);
            if (value) showSecret(saved.name, value);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)} data-testid="channel-add">
          {t('notify.channels.addButton')}
        </button>
      )}
    </section>
  );
}
