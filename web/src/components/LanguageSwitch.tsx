/** 日本語 / English. Signed in, the choice is saved to the account (PATCH /api/me); otherwise on this device. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import * as api from '../api/client';
import { keys } from '../api/queries';
import { useSession } from '../api/session';
import { applyLanguage, currentLanguage } from '../i18n/language';
import { LOCALES, type Locale, type SessionView } from '../shared';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const session = useSession().data;
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (locale: Locale) => api.updateMe({ locale }),
    onSuccess: (user) =>
      queryClient.setQueryData<SessionView | null>(keys.session, (old) => (old ? { ...old, user } : old)),
  });
  const choose = (lang: Locale) => {
    applyLanguage(lang);
    if (session) save.mutate(lang);
  };
  const active = currentLanguage();
  return (
    <nav className="lang-switch" aria-label={t('language.switch')}>
      {LOCALES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className={`lang-button${active === lang ? ' is-active' : ''}`}
          aria-pressed={active === lang}
          onClick={() => choose(lang)}
          data-testid={`lang-${lang}`}
        >
          {t(`language.${lang}`)}
        </button>
      ))}
      {save.isError ? (
        <span role="alert" className="lang-error">
          {t('language.saveFailed')}
        </span>
      ) : null}
    </nav>
  );
}
