/**
 * What the templates' {placeholders} are filled with: the organisation's name and response desk from the
 * settings, the incident number, and today's date in the UI language. Anything unknown stays as
 * `{name}`, visibly, for the user to fill in.
 */
import { useSettings } from '../api/queries';
import type { Locale, SettingsView, TemplatePlaceholder } from '../shared';

export type TemplateValues = Partial<Record<TemplatePlaceholder, string>>;

function deskContact(settings: SettingsView | undefined): string {
  const desk = settings?.desk ?? settings?.fallbackDesk;
  if (!desk) return '';
  return [desk.name, desk.phone, desk.email].filter((v) => v?.trim()).join(' / ');
}

export function formatLongDate(date: Date, lang: Locale): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ja-JP', { dateStyle: 'long' }).format(date);
}

export function useTemplateValues(lang: Locale, incidentId?: string): TemplateValues {
  const settings = useSettings().data;
  return {
    orgName: settings?.orgName ?? '',
    incidentId: incidentId ?? '',
    date: formatLongDate(new Date(), lang),
    contact: deskContact(settings),
  };
}
