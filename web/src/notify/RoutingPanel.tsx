/**
 * Who is told what: per notice, whether the people Shodo picks get it by mail, which chat channels get a
 * copy (internal notices only), which addresses always get one; then when to remind and escalate.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyKeys, saveRouting, useChannels, useRouting } from '../api/notify';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorNotice } from '../components/ErrorNotice';
import { Notice } from '../components/Notice';
import { QueryState } from '../components/QueryState';
import { TextField } from '../components/TextField';
import { errorAt, type FieldErrors, validate } from '../lib/validation';
import {
  CHAT_ROUTABLE_KINDS,
  type ChatChannelView,
  ROUTABLE_KINDS,
  type RoutableKind,
  type RoutingView,
  routingInput,
} from '../shared';
import { joinAddresses, numberFrom, splitAddresses } from './forms';
import { channelLabel, kindLabel } from './labels';

interface RuleState {
  email: boolean;
  channels: string[];
  also: string;
}
interface FormState {
  rules: Record<RoutableKind, RuleState>;
  reminder: string;
  escalate: string;
  ackHours: string;
}

const toForm = (view: RoutingView): FormState => ({
  rules: Object.fromEntries(
    ROUTABLE_KINDS.map((kind) => {
      const rule = view.rules[kind];
      return [kind, { email: rule.email, channels: [...rule.channels], also: joinAddresses(rule.alsoEmail) }];
    }),
  ) as Record<RoutableKind, RuleState>,
  reminder: String(view.escalation.reminderMinutes),
  escalate: String(view.escalation.escalateMinutes),
  ackHours: String(view.escalation.ackLinkHours),
});

const toInput = (form: FormState) => ({
  rules: Object.fromEntries(
    ROUTABLE_KINDS.map((kind) => {
      const rule = form.rules[kind];
      return [kind, { email: rule.email, channels: rule.channels, alsoEmail: splitAddresses(rule.also) }];
    }),
  ),
  escalation: {
    reminderMinutes: numberFrom(form.reminder),
    escalateMinutes: numberFrom(form.escalate),
    ackLinkHours: numberFrom(form.ackHours),
  },
});

function RuleFields({
  kind,
  rule,
  channels,
  errors,
  onChange,
}: {
  kind: RoutableKind;
  rule: RuleState;
  channels: ChatChannelView[];
  errors: FieldErrors;
  onChange: (rule: RuleState) => void;
}) {
  const { t } = useTranslation();
  const chatAllowed = CHAT_ROUTABLE_KINDS.includes(kind);
  const toggleChannel = (id: string, on: boolean) =>
    onChange({ ...rule, channels: on ? [...rule.channels, id] : rule.channels.filter((c) => c !== id) });
  return (
    <fieldset className="notify-rule" data-testid={`routing-${kind}`}>
      <legend>{kindLabel(kind)}</legend>
      <p className="hint">{t(`notify.routing.who.${kind}`)}</p>
      <CheckboxField
        label={t('notify.routing.email')}
        checked={rule.email}
        onChange={(email) => onChange({ ...rule, email })}
        testId={`routing-${kind}-email`}
      />
      {rule.email ? null : (
        <p className="notice notice-warning" data-testid={`routing-${kind}-off`}>
          {t('notify.routing.emailOff')}
        </p>
      )}
      {chatAllowed ? (
        channels.length > 0 ? (
          <div className="checkbox-group">
            <p className="hint">{t('notify.routing.chat')}</p>
            {channels.map((c) => (
              <CheckboxField
                key={c.id}
                label={`${c.name}(${channelLabel(c.type)})`}
                checked={rule.channels.includes(c.id)}
                onChange={(on) => toggleChannel(c.id, on)}
                testId={`routing-${kind}-channel-${c.id}`}
              />
            ))}
          </div>
        ) : (
          <p className="hint">{t('notify.routing.noChannels')}</p>
        )
      ) : (
        <p className="hint">{t('notify.routing.mailOnly')}</p>
      )}
      <TextField
        label={t('notify.routing.also')}
        hint={t('notify.routing.alsoHint')}
        value={rule.also}
        onChange={(also) => onChange({ ...rule, also })}
        multiline
        rows={2}
        error={errorAt(errors, `rules.${kind}.alsoEmail`) ?? errorAt(errors, `rules.${kind}.channels`)}
        testId={`routing-${kind}-also`}
      />
    </fieldset>
  );
}

function RoutingForm({ routing, channels }: { routing: RoutingView; channels: ChatChannelView[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<FormState>(() => toForm(routing));
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: saveRouting,
    onSuccess: (saved) => {
      queryClient.setQueryData(notifyKeys.routing, saved);
      setForm(toForm(saved));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(routingInput, toInput(form));
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) save.mutate(result.data);
  };
  const setRule = (kind: RoutableKind) => (rule: RuleState) => {
    setForm((f) => ({ ...f, rules: { ...f.rules, [kind]: rule } }));
    save.reset();
  };
  const setTime = (key: 'reminder' | 'escalate' | 'ackHours') => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    save.reset();
  };
  return (
    <form onSubmit={submit} noValidate data-testid="routing-form">
      {ROUTABLE_KINDS.map((kind) => (
        <RuleFields
          key={kind}
          kind={kind}
          rule={form.rules[kind]}
          channels={channels}
          errors={errors}
          onChange={setRule(kind)}
        />
      ))}
      <fieldset className="notify-rule" data-testid="routing-escalation">
        <legend>{t('notify.routing.escalationTitle')}</legend>
        <p className="hint">{t('notify.routing.escalationHint')}</p>
        <TextField
          label={t('notify.routing.reminder')}
          hint={t('notify.routing.reminderHint')}
          type="number"
          value={form.reminder}
          onChange={setTime('reminder')}
          error={errorAt(errors, 'escalation.reminderMinutes')}
          testId="routing-reminder"
        />
        <TextField
          label={t('notify.routing.escalate')}
          hint={t('notify.routing.escalateHint')}
          type="number"
          value={form.escalate}
          onChange={setTime('escalate')}
          error={errorAt(errors, 'escalation.escalateMinutes')}
          testId="routing-escalate"
        />
        <TextField
          label={t('notify.routing.ackHours')}
          hint={t('notify.routing.ackHoursHint')}
          type="number"
          value={form.ackHours}
          onChange={setTime('ackHours')}
          error={errorAt(errors, 'escalation.ackLinkHours')}
          testId="routing-ack-hours"
        />
      </fieldset>
      <ErrorNotice error={save.error} />
      {save.isSuccess ? (
        <Notice kind="success" testId="routing-saved">
          {t('notify.routing.saved')}
        </Notice>
      ) : null}
      <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="routing-save">
        {save.isPending ? t('common.saving') : t('notify.routing.save')}
      </button>
    </form>
  );
}

export function RoutingPanel() {
  const { t } = useTranslation();
  const routing = useRouting();
  const channels = useChannels();
  return (
    <section className="panel notify-section" id="routing" aria-labelledby="routing-title" data-testid="routing-panel">
      <h2 id="routing-title">{t('notify.routing.title')}</h2>
      <p className="hint">{t('notify.routing.lead')}</p>
      <QueryState isPending={routing.isPending} error={routing.error} onRetry={() => void routing.refetch()} />
      <QueryState isPending={false} error={channels.error} onRetry={() => void channels.refetch()} />
      {routing.data && (channels.data || channels.error) ? (
        <RoutingForm routing={routing.data} channels={channels.data?.channels ?? []} />
      ) : null}
    </section>
  );
}
