/**
 * i18next set up with the two bundled languages. Japanese is the default; a language chosen on this device
 * (anonymous pages) is remembered, and a signed-in user's saved locale wins once the session is known.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setRequestLanguage } from '../api/client';
import { DEFAULT_LOCALE } from '../shared';
import { storedLanguage } from './language';
import { enResources, jaResources } from './resources';

const initial = storedLanguage() ?? DEFAULT_LOCALE;

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: jaResources }, en: { translation: enResources } },
  lng: initial,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: ['ja', 'en'],
  initAsync: false,
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

function reflect(lang: string): void {
  document.documentElement.lang = lang;
  setRequestLanguage(lang);
}
reflect(initial);
i18n.on('languageChanged', reflect);

export default i18n;
