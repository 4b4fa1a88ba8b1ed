/**
 * Notification delivery through the API (docs/API.md, "Notifications"): the admin settings (mail server,
 * chat channels, who is told what, distribution lists), the notification log, warnings, and the public
 * acknowledgement link. Typed functions, their TanStack Query keys and hooks.
 */
import { useQuery } from '@tanstack/react-query';
import i18n from 'i18next';
import type { z } from 'zod';
import type {
  AckLinkInfo,
  AckLinkResult,
  Channel,
  ChannelTestResult,
  ChatChannelView,
  createChatChannelInput,
  DistributionListView,
  distributionListsInput,
  NotificationLogEntry,
  NotificationStatus,
  RoutingView,
  routingInput,
  SmtpSettingsView,
  sendWarningInput,
  smtpInput,
  updateChatChannelInput,
  WarningView,
} from '../shared';
import { ApiError, me, send } from './client';

type In<S extends z.ZodType> = z.input<S>;
const enc = encodeURIComponent;

// The mail server
export const getSmtp = () => send<SmtpSettingsView>('GET', '/api/notify/smtp');
export const saveSmtp = (input: In<typeof smtpInput>) =>
  send<SmtpSettingsView>('PUT', '/api/notify/smtp', { body: input });
export const testSmtp = (to: string) => send<ChannelTestResult>('POST', '/api/notify/smtp/test', { body: { to } });

// Chat channels
export const listChannels = () => send<{ channels: ChatChannelView[] }>('GET', '/api/notify/channels');
export const createChannel = (input: In<typeof createChatChannelInput>) =>
  send<ChatChannelView>('POST', '/api/notify/channels', { body: input });
export const updateChannel = (id: string, input: In<typeof updateChatChannelInput>) =>
  send<ChatChannelView>('PUT', `/api/notify/channels/${enc(id)}`, { body: input });
export const deleteChannel = (id: string) => send<void>('DELETE', `/api/notify/channels/${enc(id)}`);
export const testChannel = (id: string) => send<ChannelTestResult>('POST', `/api/notify/channels/${enc(id)}/test`);

// Who is told what
export const getRouting = () => send<RoutingView>('GET', '/api/notify/routing');
export const saveRouting = (input: In<typeof routingInput>) =>
  send<RoutingView>('PUT', '/api/notify/routing', { body: input });

// Distribution lists
export const getDistributionLists = () =>
  send<{ lists: DistributionListView[] }>('GET', '/api/notify/distribution-lists');
export const saveDistributionLists = (input: In<typeof distributionListsInput>) =>
  send<{ lists: DistributionListView[] }>('PUT', '/api/notify/distribution-lists', { body: input });

// The notification log
export interface LogFilter {
  incidentId?: string | undefined;
  status?: NotificationStatus | undefined;
  channel?: Channel | undefined;
  limit?: number;
  cursor?: string | undefined;
}
export function notificationLog(filter: LogFilter = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const qs = params.toString();
  return send<{ notifications: NotificationLogEntry[]; nextCursor: string | null }>(
    'GET',
    `/api/notifications${qs ? `?${qs}` : ''}`,
  );
}
export const retryNotification = (id: string) =>
  send<NotificationLogEntry>('POST', `/api/notifications/${enc(id)}/retry`);

// Warnings (step 4)
const warningsPath = (incidentId: string) => `/api/incidents/${enc(incidentId)}/warnings`;
export const listWarnings = (incidentId: string) => send<{ warnings: WarningView[] }>('GET', warningsPath(incidentId));
export const sendWarning = (incidentId: string, input: In<typeof sendWarningInput>) =>
  send<WarningView>('POST', warningsPath(incidentId), { body: input });

/**
 * A refused acknowledgement link: the server says why (`reason` next to the error), so the page can tell
 * "already used", "expired" and "altered" apart.
 */
export class AckLinkError extends ApiError {
  readonly reason: 'invalid' | 'expired' | 'used' | null;
  constructor(status: number, id: string, message: string, reason: string | null) {
    super(status, id, message);
    this.reason = reason === 'invalid' || reason === 'expired' || reason === 'used' ? reason : null;
  }
}

/**
 * The public link routes answer `reason` outside the error object, which the shared wrapper does not keep;
 * so these two requests are made here. A signed-in browser still sends its CSRF token on the POST.
 */
async function ackRequest<T>(method: 'GET' | 'POST', token: string): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.language || 'ja' };
  if (method === 'POST') {
    const session = await me().catch(() => null);
    if (session) headers['X-CSRF-Token'] = session.csrfToken;
  }
  let res: Response;
  try {
    res = await fetch(`/api/public/ack/${enc(token)}`, { method, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network_error', '');
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's page: handled as a plain HTTP error below.
  }
  if (res.ok) return body as T;
  const payload = body as { error?: { id?: string; message?: string }; reason?: string } | null;
  throw new AckLinkError(
    res.status,
    payload?.error?.id ?? `http_${res.status}`,
    payload?.error?.message ?? '',
    payload?.reason ?? null,
  );
}
export const ackLinkInfo = (token: string) => ackRequest<AckLinkInfo>('GET', token);
export const confirmAckLink = (token: string) => ackRequest<AckLinkResult>('POST', token);

export const notifyKeys = {
  smtp: ['notify', 'smtp'] as const,
  channels: ['notify', 'channels'] as const,
  routing: ['notify', 'routing'] as const,
  lists: ['notify', 'distribution-lists'] as const,
  log: ['notify', 'log'] as const,
  logFiltered: (filter: Omit<LogFilter, 'cursor'>) => ['notify', 'log', filter] as const,
  failedCount: ['notify', 'log', 'failed-count'] as const,
  warnings: (incidentId: string) => ['incident', incidentId, 'warnings'] as const,
  ackLink: (token: string) => ['ack-link', token] as const,
};

export const useSmtp = () => useQuery({ queryKey: notifyKeys.smtp, queryFn: getSmtp });
export const useChannels = (enabled = true) =>
  useQuery({ queryKey: notifyKeys.channels, queryFn: listChannels, enabled });
export const useRouting = () => useQuery({ queryKey: notifyKeys.routing, queryFn: getRouting });
export const useDistributionLists = (enabled = true) =>
  useQuery({ queryKey: notifyKeys.lists, queryFn: getDistributionLists, enabled });

/** Pages follow the worker while messages are queued: closely for a first try, loosely while retrying. */
export const QUEUED_POLL_MS = 3000;
export const RETRY_POLL_MS = 30_000;

/**
 * How often to re-read a list of messages: every few seconds while one is on its first try (not yet
 * claimed, or claimed and being sent: the worker counts the attempt when it claims it), every half minute
 * while only retries with growing pauses remain, else never.
 */
export function pollWhileQueued(messages: readonly { status: string; attempts: number }[]): number | false {
  if (messages.some((m) => m.status === 'queued' && m.attempts <= 1)) return QUEUED_POLL_MS;
  return messages.some((m) => m.status === 'queued') ? RETRY_POLL_MS : false;
}

/** Failed notifications the reader may see, counted up to one page (the card says "100 or more"). */
export const FAILED_COUNT_LIMIT = 100;
export const useFailedCount = (enabled: boolean) =>
  useQuery({
    queryKey: notifyKeys.failedCount,
    queryFn: () => notificationLog({ status: 'failed', limit: FAILED_COUNT_LIMIT }),
    select: (page) => ({ count: page.notifications.length, more: page.nextCursor !== null }),
    enabled,
    refetchInterval: 60_000,
  });

export const useWarnings = (incidentId: string, enabled = true) =>
  useQuery({
    queryKey: notifyKeys.warnings(incidentId),
    queryFn: () => listWarnings(incidentId),
    enabled,
    refetchInterval: (q) => pollWhileQueued(q.state.data?.warnings.flatMap((w) => w.recipients) ?? []),
  });
