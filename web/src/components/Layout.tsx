/** Every page: skip link, header, the page itself, and a footer that repeats the one rule everyone needs. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session';
import { applyLanguage, isLocale } from '../i18n/language';
import { SiteHeader } from './SiteHeader';

export function Layout() {
  const { t } = useTranslation();
  const locale = useSession().data?.user.locale;
  const location = useLocation();

  // The account's saved language wins over the device's choice once the session is known.
  useEffect(() => {
    if (isLocale(locale)) applyLanguage(locale);
  }, [locale]);

  // On a new page, start at the top (hash links scroll to their section themselves).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is the trigger, not an input
  useEffect(() => {
    if (!location.hash) window.scrollTo(0, 0);
  }, [location.pathname, location.hash]);

  return (
    <>
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <SiteHeader />
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
