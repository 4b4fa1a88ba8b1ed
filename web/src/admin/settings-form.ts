/** Settings form state ↔ settingsInput. A contact point left entirely blank means "not designated" (null). */
import type { SettingsView } from '../shared';

export interface ContactPointState {
  name: string;
  email: string;
  phone: string;
}

export interface SettingsFormState {
  orgName: string;
  desk: ContactPointState;
  fallbackDesk: ContactPointState;
  departments: string;
}

const point = (p: SettingsView['desk']): ContactPointState => ({
  name: p?.name ?? '',
  email: p?.email ?? '',
  phone: p?.phone ?? '',
});

export function settingsToForm(s: SettingsView): SettingsFormState {
  return {
    orgName: s.orgName,
    desk: point(s.desk),
    fallbackDesk: point(s.fallbackDesk),
    departments: s.departments.join('\n'),
  };
}

function toPoint(p: ContactPointState) {
  if (!p.name.trim() && !p.email.trim() && !p.phone.trim()) return null;
  return {
    name: p.name.trim(),
    ...(p.email.trim() ? { email: p.email.trim() } : {}),
    ...(p.phone.trim() ? { phone: p.phone.trim() } : {}),
  };
}

/** One department per line; blank lines and repeats are dropped. */
export function parseDepartments(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
}

export function formToSettingsInput(f: SettingsFormState) {
  return {
    orgName: f.orgName.trim(),
    desk: toPoint(f.desk),
    fallbackDesk: toPoint(f.fallbackDesk),
    departments: parseDepartments(f.departments),
  };
}
