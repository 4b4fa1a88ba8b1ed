/** What every service needs: the database, the time, the configuration and a logger. */
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import type { Clock } from '../lib/clock.js';
import type { Locale, Role } from '../shared/limits.js';
import type { Store } from '../store/database.js';

export interface ServiceContext {
  store: Store;
  clock: Clock;
  config: AppConfig;
  log: Logger;
}

export interface UserActor {
  kind: 'user';
  id: string;
  name: string;
  email: string;
  role: Role;
  locale: Locale;
}

/** Someone using the public report link, without an account. */
export interface AnonymousActor {
  kind: 'anonymous';
  label: string;
}

export type Actor = UserActor | AnonymousActor;

export const actorLabel = (a: Actor): string => (a.kind === 'user' ? `${a.name} <${a.email}>` : a.label);
export const actorId = (a: Actor): string | null => (a.kind === 'user' ? a.id : null);

/** Where users reach us, for links in notifications and set-password links. */
export const baseUrl = (ctx: ServiceContext): string =>
  ctx.config.publicUrl ?? `http://${ctx.config.host}:${ctx.config.port}`;
