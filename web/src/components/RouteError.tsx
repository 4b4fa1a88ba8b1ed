/** Shown when a page fails to render: say so plainly and offer a way on. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function RouteError() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <section className="panel">
        <h1>{t('errors.page.title')}</h1>
        <p>{t('errors.page.body')}</p>
        <p className="actions">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('common.reload')}
          </button>
          <Link to="/" className="button button-secondary">
            {t('nav.dashboard')}
          </Link>
        </p>
      </section>
    </main>
  );
}
