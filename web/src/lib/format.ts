/** Display formatting that follows the UI language. */
import i18n from 'i18next';

function locale(): string {
  return i18n.language === 'en' ? 'en-GB' : 'ja-JP';
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Translates `prefix.<value>`, showing the raw value when no label exists (never a blank). */
export function labelOf(prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return i18n.exists(key) ? i18n.t(key) : value;
}
