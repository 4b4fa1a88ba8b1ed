/** Conversions between `<input type="datetime-local">` values (local time) and the API's ISO 8601 (UTC). */

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 → "YYYY-MM-DDTHH:mm" in the browser's time zone; '' for nothing or garbage. */
export function isoToLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "YYYY-MM-DDTHH:mm" (local) → ISO 8601 UTC; null when empty or not a date. */
export function localInputToIso(value: string): string | null {
  if (!value.trim()) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Now, as a datetime-local value: the default for "when" fields. */
export function nowLocalInput(): string {
  return isoToLocalInput(new Date().toISOString());
}
