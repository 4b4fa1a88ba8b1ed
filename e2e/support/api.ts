/**
 * Set-up and final checks through the HTTP API (faster than clicking): a tiny cookie-and-CSRF client,
 * and an organisation with an admin, settings, and users who already have passwords.
 */
import type { IncidentDetail, SessionView, SettingsView, UserView, VendorView } from '../../src/shared/api-types.js';
import type { Locale } from './i18n.js';

export class ApiClient {
  cookie = '';
  csrfToken = '';

  constructor(readonly baseUrl: string) {}

  /** One request; answers the status and the parsed body (null when empty or not JSON). */
  async call(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (this.cookie) headers.Cookie = this.cookie;
    if (method !== 'GET' && this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken;
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const session = res.headers.getSetCookie().find((c) => c.startsWith('shodo_session='));
    if (session) this.cookie = session.split(';')[0] ?? '';
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed };
  }

  /** A request that must succeed (2xx); throws with the answer otherwise. */
  async ok<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.call(method, path, body);
    if (res.status < 200 || res.status >= 300) {
      throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    }
    const session = res.body as Partial<SessionView> | null;
    if (session && typeof session === 'object' && typeof session.csrfToken === 'string') {
      this.csrfToken = session.csrfToken;
    }
    return res.body as T;
  }

  incident(id: string): Promise<IncidentDetail> {
    return this.ok<IncidentDetail>('GET', `/api/incidents/${encodeURIComponent(id)}`);
  }
}

export interface Credentials {
  email: string;
  password: string;
  name: string;
  role: UserView['role'];
  locale: Locale;
}

export const PASSWORD = 'correct horse battery staple 42';
export const DEPARTMENTS = ['営業部', '経理部', '総務部'];
export const ORG_NAME = '初動テスト株式会社';

/** POST /api/users, then set the password through the link the admin would hand over. */
export async function createUser(
  admin: ApiClient,
  user: Omit<Credentials, 'password'> & { department?: string; supervisorEmail?: string },
): Promise<Credentials> {
  const created = await admin.ok<{ user: UserView; setPasswordPath: string }>('POST', '/api/users', user);
  const token = new URL(created.setPasswordPath, admin.baseUrl).searchParams.get('token');
  if (!token) throw new Error(`no token in ${created.setPasswordPath}`);
  await new ApiClient(admin.baseUrl).ok('POST', '/api/auth/set-password', { token, password: PASSWORD });
  return { email: user.email, name: user.name, role: user.role, locale: user.locale, password: PASSWORD };
}

export interface Organisation {
  admin: ApiClient;
  adminCredentials: Credentials;
  /** `/report/<token>`: the public report link. */
  reportPath: string;
  settings: SettingsView;
}

/** The first admin and the organisation's settings (desk, departments), on a fresh server. */
export async function setUpOrganisation(baseUrl: string): Promise<Organisation> {
  const admin = new ApiClient(baseUrl);
  const adminCredentials: Credentials = {
    email: 'admin@example.test',
    name: '管理 太郎',
    password: PASSWORD,
    role: 'admin',
    locale: 'ja',
  };
  await admin.ok<SessionView>('POST', '/api/setup/first-admin', {
    email: adminCredentials.email,
    name: adminCredentials.name,
    password: PASSWORD,
    locale: 'ja',
  });
  const settings = await admin.ok<SettingsView>('PUT', '/api/settings', {
    orgName: ORG_NAME,
    desk: { name: '情報システム課', email: 'desk@example.test', phone: '03-0000-0000' },
    departments: DEPARTMENTS,
  });
  const withLink = settings.reportPath ? settings : await admin.ok<SettingsView>('GET', '/api/settings');
  if (!withLink.reportPath) throw new Error('the settings carry no reportPath for the admin');
  return { admin, adminCredentials, reportPath: withLink.reportPath, settings: withLink };
}

export async function createVendor(client: ApiClient, name: string): Promise<VendorView> {
  return client.ok<VendorView>('POST', '/api/vendors', {
    name,
    services: 'Incident response, digital forensics / 初動対応の助言、フォレンジック',
    hours: '24/7',
    contractStatus: 'contracted',
    contacts: [{ name: 'SOC desk', phone: '03-1111-2222', email: 'soc@vendor.example.test' }],
  });
}
