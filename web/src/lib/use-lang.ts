/** The UI language as a content locale, re-rendering on a switch: picks `ja` or `en` from `{ ja, en }` texts. */
import { useTranslation } from 'react-i18next';
import type { Locale } from '../shared';

export function useLang(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'ja';
}
