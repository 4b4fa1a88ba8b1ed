/**
 * The one way the UI talks to the server: same-origin fetch, the session's CSRF token on every write,
 * errors turned into ApiError, and a typed function per route of docs/API.md.
 */
import type { z } from 'zod';
import type {
  checklistItemInput,
  closeInput,
  createUserInput,
  custodyTransferInput,
  determinationInput,
  firstAdminInput,
  handoverInput,
  IncidentDetail,
  IncidentSummary,
  loginInput,
  PublicReportInfo,
  ReportReceipt,
  recordDecisionInput,
  recordFactsInput,
  reportInput,
  SessionView,
  SettingsView,
  sendBriefingInput,
  setPasswordInput,
  settingsInput,
  spreadCheckInput,
  supportRequestInput,
  TimelineEventView,
  UserView,
  updateIncidentInput,
  updateMeInput,
  updateUserInput,
  VendorView,
  vendorInput,
} from '../shared';

type In<S extends z.ZodType> = z.input<S>;

/** An error answered by the API (or a network failure, id `network_error`, status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly id: string;
  readonly fields: Record<string, string>;
  readonly correlationId: string | undefined;
  /** On 409 incident_version_conflict: the incident as it is now. */
  readonly current: IncidentDetail | undefined;

  constructor(
    status: number,
    id: string,
    message: string,
    extra: { fields?: Record<string, string>; correlationId?: string; current?: IncidentDetail } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.id = id;
    this.fields = extra.fields ?? {};
    this.correlationId = extra.correlationId;
    this.current = extra.current;
  }

  get isConflict(): boolean {
    return this.id === 'incident_version_conflict';
  }
}

let csrfToken: string | null = null;
let language = 'ja';
let onUnauthorized: (() => void) | null = null;

/** Remembers the token from a SessionView; every later write sends it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
/** The language the server should answer messages in while nobody is signed in. */
export function setRequestLanguage(lang: string): void {
  language = lang;
}
/** Called on 401 from any route except the session and sign-in routes themselves. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

interface RequestOptions {
  body?: unknown;
  form?: FormData;
  /** Do not send the user to the login page on 401 (sign-in and session routes answer it themselves). */
  quiet401?: boolean;
}

async function parseError(res: Response): Promise<ApiError> {
  let payload: unknown = null;
  try {
    payload = await res.json();
  } catch {
    // Not JSON (a proxy page, an empty body): fall through to a generic error.
  }
  const body = payload as { error?: { id?: string; message?: string; fields?: Record<string, string> } } | null;
  const err = body?.error;
  if (err && typeof err.id === 'string') {
    const rest = payload as { current?: IncidentDetail; error: { correlationId?: string } };
    return new ApiError(res.status, err.id, err.message ?? '', {
      fields: err.fields ?? {},
      correlationId: rest.error.correlationId,
      current: rest.current,
    });
  }
  return new ApiError(res.status, `http_${res.status}`, '');
}

/** Exported for feature modules that keep their own typed functions (e.g. api/playbooks.ts). */
export async function send<T>(method: string, path: string, options: RequestOptions = {}, retried = false): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
  let body: BodyInit | undefined;
  if (options.form) {
    body = options.form;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network_error', '');
  }
  if (res.ok) {
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  const error = await parseError(res);
  if (error.id === 'csrf_failed' && !retried) {
    // The token may have been replaced (signed in elsewhere): fetch the current one and try once more.
    const session = await me();
    if (session) return send<T>(method, path, options, true);
  }
  if (res.status === 401 && !options.quiet401) onUnauthorized?.();
  throw error;
}

const get = <T>(path: string, o?: RequestOptions) => send<T>('GET', path, o);
const post = <T>(path: string, body?: unknown, o?: RequestOptions) => send<T>('POST', path, { ...o, body });
const put = <T>(path: string, body: unknown) => send<T>('PUT', path, { body });
const patch = <T>(path: string, body: unknown) => send<T>('PATCH', path, { body });
const enc = encodeURIComponent;
const inc = (id: string) => `/api/incidents/${enc(id)}`;

function remember(session: SessionView): SessionView {
  setCsrfToken(session.csrfToken);
  return session;
}

// Health and setup
export const health = () => get<{ status: 'ok'; version: string }>('/healthz');
export const setupStatus = () => get<{ needsFirstAdmin: boolean }>('/api/setup/status');
export const createFirstAdmin = (input: In<typeof firstAdminInput>) =>
  post<SessionView>('/api/setup/first-admin', input, { quiet401: true }).then(remember);

// Session
export const login = (input: In<typeof loginInput>) =>
  post<SessionView>('/api/auth/login', input, { quiet401: true }).then(remember);
export async function logout(): Promise<void> {
  await post<void>('/api/auth/logout', undefined, { quiet401: true });
  setCsrfToken(null);
}
/** The signed-in session, or null when nobody is signed in. */
export async function me(): Promise<SessionView | null> {
  try {
    return remember(await get<SessionView>('/api/auth/me', { quiet401: true }));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}
export const setPassword = (input: In<typeof setPasswordInput>) =>
  post<SessionView>('/api/auth/set-password', input, { quiet401: true }).then(remember);
export const updateMe = (input: In<typeof updateMeInput>) => patch<UserView>('/api/me', input);

// Public report form
export const publicReportInfo = (token: string) => get<PublicReportInfo>(`/api/public/report/${enc(token)}`);
export const submitPublicReport = (token: string, input: In<typeof reportInput>) =>
  post<ReportReceipt>(`/api/public/report/${enc(token)}`, input, { quiet401: true });

// Incidents
export const listIncidents = () => get<{ incidents: IncidentSummary[] }>('/api/incidents');
export const reportIncident = (input: In<typeof reportInput>) => post<ReportReceipt>('/api/incidents', input);
export const getIncident = (id: string) => get<IncidentDetail>(inc(id));
export const updateIncident = (id: string, input: In<typeof updateIncidentInput>) =>
  patch<IncidentDetail>(inc(id), input);
export const recordFacts = (id: string, input: In<typeof recordFactsInput>) =>
  put<IncidentDetail>(`${inc(id)}/facts`, input);
export const sendBriefing = (id: string, input: In<typeof sendBriefingInput>) =>
  post<IncidentDetail>(`${inc(id)}/briefings`, input);
export const briefingDraft = (id: string) => get<{ subject: string; body: string }>(`${inc(id)}/briefings/draft`);
export const acknowledgeBriefing = (id: string, briefingId: string) =>
  post<IncidentDetail>(`${inc(id)}/briefings/${enc(briefingId)}/ack`);
export const recordDecision = (id: string, input: In<typeof recordDecisionInput>) =>
  post<IncidentDetail>(`${inc(id)}/decisions`, input);
export const setChecklistItem = (id: string, itemKey: string, input: In<typeof checklistItemInput>) =>
  put<IncidentDetail>(`${inc(id)}/checklist/${enc(itemKey)}`, input);
export const recordSpread = (id: string, input: In<typeof spreadCheckInput>) =>
  put<IncidentDetail>(`${inc(id)}/spread`, input);
export const determine = (id: string, input: In<typeof determinationInput>) =>
  post<IncidentDetail>(`${inc(id)}/determination`, input);
export function supportRequestDraft(
  id: string,
  query: { vendorId?: string; question?: string; fromStep?: number },
): Promise<{ message: string }> {
  const params = new URLSearchParams();
  if (query.vendorId) params.set('vendorId', query.vendorId);
  if (query.question) params.set('question', query.question);
  if (query.fromStep) params.set('fromStep', String(query.fromStep));
  const qs = params.toString();
  return get<{ message: string }>(`${inc(id)}/support-requests/draft${qs ? `?${qs}` : ''}`);
}
export const requestSupport = (id: string, input: In<typeof supportRequestInput>) =>
  post<IncidentDetail>(`${inc(id)}/support-requests`, input);
export const handOver = (id: string, input: In<typeof handoverInput>) =>
  post<IncidentDetail>(`${inc(id)}/handover`, input);
export const closeIncident = (id: string, input: In<typeof closeInput>) =>
  post<IncidentDetail>(`${inc(id)}/close`, input);
/** Multipart: the evidenceInput fields as strings, plus an optional `file`. */
export const addEvidence = (id: string, form: FormData) =>
  send<IncidentDetail>('POST', `${inc(id)}/evidence`, { form });
export const evidenceFileUrl = (id: string, evidenceId: string) => `${inc(id)}/evidence/${enc(evidenceId)}/file`;
export const addCustodyTransfer = (id: string, evidenceId: string, input: In<typeof custodyTransferInput>) =>
  post<IncidentDetail>(`${inc(id)}/evidence/${enc(evidenceId)}/transfers`, input);
export const timeline = (id: string) => get<{ events: TimelineEventView[] }>(`${inc(id)}/timeline`);

// Vendors
export const listVendors = () => get<{ vendors: VendorView[] }>('/api/vendors');
export const createVendor = (input: In<typeof vendorInput>) => post<VendorView>('/api/vendors', input);
export const updateVendor = (id: string, input: In<typeof vendorInput>) =>
  put<VendorView>(`/api/vendors/${enc(id)}`, input);

// Settings
export const getSettings = () => get<SettingsView>('/api/settings');
export const saveSettings = (input: In<typeof settingsInput>) => put<SettingsView>('/api/settings', input);
export const rotateReportLink = () => post<SettingsView>('/api/settings/report-link/rotate');

// Users
export const listUsers = () => get<{ users: UserView[] }>('/api/users');
export const userDirectory = () =>
  get<{ users: { id: string; name: string; role: UserView['role'] }[] }>('/api/users/directory');
export const createUser = (input: In<typeof createUserInput>) =>
  post<{ user: UserView; setPasswordPath: string }>('/api/users', input);
export const updateUser = (id: string, input: In<typeof updateUserInput>) =>
  patch<UserView>(`/api/users/${enc(id)}`, input);
