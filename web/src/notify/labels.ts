/** Names for notification kinds and channels: the notify translations first, the older labels as fallback. */
import i18n from 'i18next';
import { labelOf } from '../lib/format';

/** e.g. `briefing_reminder` → 「経営層への報告(催促)」; an unknown kind shows as it is, never blank. */
export function kindLabel(kind: string): string {
  const key = `notify.kind.${kind}`;
  return i18n.exists(key) ? i18n.t(key) : labelOf('notificationKind', kind);
}

/** `email`, `slack`, `teams`, `google_chat`, `webhook`. */
export function channelLabel(channel: string): string {
  const key = `notify.channel.${channel}`;
  return i18n.exists(key) ? i18n.t(key) : labelOf('notificationChannel', channel);
}
