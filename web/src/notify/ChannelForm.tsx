/**
 * Adding or changing a chat channel. Webhook URLs carry their secret, so a stored URL is never shown:
 * leaving the field empty keeps it. The generic webhook's signing secret is made here and shown once,
 * right after saving (ChannelsPanel), for the admin to paste into the receiving system.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createChannel, notifyKeys, updateChannel } from '../api/notify';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { errorAt, type FieldErrors, validate } from '../lib/validation';
import {
  CHAT_TYPES,
  type ChatChannelView,
  type ChatType,
  createChatChannelInput,
  LIMITS,
  LOCALES,
  type Locale,
  NOTIFY_LIMITS,
  updateChatChannelInput,
} from '../shared';
import { newSigningSecret } from './forms';
import { channelLabel } from './labels';

interface Props {
  /** The channel being changed; none when adding one. */
  channel?: ChatChannelView;
  /** After saving: the channel, and the new signing secret when one was made (to show once). */
  onSaved: (channel: ChatChannelView, secret: string | null) => void;
  onCancel: () => void;
}

export function ChannelForm({ channel, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [type, setType] = useState<ChatType>(channel?.type ?? 'slack');
  const [name, setName] = useState(channel?.name ?? '');
  const [url, setUrl] = useState('');
  const [locale, setLocale] = useState<Locale>(channel?.locale ?? (i18n.language === 'en' ? 'en' : 'ja'));
  const [enabled, setEnabled] = useState(channel?.enabled ?? true);
  const [newSecret, setNewSecret] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});

  // A webhook without a stored secret (new, or changed from another type) always gets one.
  const needsSecret = type === 'webhook' && (!channel?.secretSet || channel.type !== 'webhook');
  const save = useMutation({
    mutationFn: async (input: { body: Record<string, unknown>; secret: string | null }) => {
      const saved = channel
        ? await updateChannel(channel.id, input.body as Parameters<typeof updateChannel>[1])
        : await createChannel(input.body as Parameters<typeof createChannel>[0]);
      return { saved, secret: input.secret };
    },
    onSuccess: ({ saved, secret }) => {
      void queryClient.invalidateQueries({ queryKey: notifyKeys.channels });
      onSaved(saved, secret);
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const secret = type === 'webhook' && (needsSecret || newSecret) ? newSigningSecret() : null;
    const body = {
      type,
      name: name.trim(),
      locale,
      enabled,
      ...(url.trim() ? { url: url.trim() } : {}),
      ...(secret ? { secret } : {}),
    };
    const result = validate(channel ? updateChatChannelInput : createChatChannelInput, body);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) save.mutate({ body: result.data, secret });
  };

  const prefix = channel ? 'channel-edit' : 'channel';
  return (
    <form onSubmit={submit} noValidate className="subform" data-testid={channel ? 'channel-edit-form' : 'channel-form'}>
      <h3>{channel ? t('notify.channels.editTitle', { name: channel.name }) : t('notify.channels.addTitle')}</h3>
      <SelectField
        label={t('notify.channels.type')}
        value={type}
        onChange={(v) => setType(v as ChatType)}
        options={CHAT_TYPES.map((value) => ({ value, label: channelLabel(value) }))}
        hint={t(`notify.channels.typeHints.${type}`)}
        testId={`${prefix}-type`}
      />
      <TextField
        label={t('notify.channels.name')}
        hint={t('notify.channels.nameHint')}
        value={name}
        onChange={setName}
        maxLength={LIMITS.shortText}
        error={errorAt(errors, 'name')}
        required
        testId={`${prefix}-name`}
      />
      <TextField
        label={t('notify.channels.url')}
        hint={channel ? t('notify.channels.urlKeep', { hint: channel.urlHint }) : t(`notify.channels.urlHints.${type}`)}
        type="url"
        value={url}
        onChange={setUrl}
        maxLength={NOTIFY_LIMITS.urlLength}
        autoComplete="off"
        error={errorAt(errors, 'url')}
        required={!channel}
        testId={`${prefix}-url`}
      />
      <SelectField
        label={t('notify.channels.locale')}
        hint={t('notify.channels.localeHint')}
        value={locale}
        onChange={(v) => setLocale(v as Locale)}
        options={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
        testId={`${prefix}-locale`}
      />
      <CheckboxField
        label={t('notify.channels.enabled')}
        checked={enabled}
        onChange={setEnabled}
        testId={`${prefix}-enabled`}
      />
      {type === 'webhook' ? (
        needsSecret ? (
          <p className="hint" data-testid={`${prefix}-secret-note`}>
            {t('notify.channels.secretWillBeMade')}
          </p>
        ) : (
          <CheckboxField
            label={t('notify.channels.newSecret')}
            hint={t('notify.channels.newSecretHint')}
            checked={newSecret}
            onChange={setNewSecret}
            testId={`${prefix}-new-secret`}
          />
        )
      ) : null}
      {errorAt(errors, 'secret') ? <p className="field-error">{errorAt(errors, 'secret')}</p> : null}
      <ErrorNotice error={save.error} />
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary"
          disabled={save.isPending}
          data-testid={`${prefix}-save`}
        >
          {save.isPending ? t('common.saving') : channel ? t('notify.channels.saveChanges') : t('notify.channels.add')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} data-testid={`${prefix}-cancel`}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
