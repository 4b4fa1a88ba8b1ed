/** Shown when a page fails to render: say so plainly and offer a way on. */
import { useTranslation } from 'react-i18next';
import { NextStepHint } from './NextStepHint';

export function RouteError() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <section className="panel">
        <h1>{t('errors.page.title')}</h1>
        <NextStepHint
          text={t('errors.page.body')}
          actions={[
            { onClick: () => window.location.reload(), label: t('common.reload') },
            { to: '/', label: t('guidance.home') },
          ]}
        />
      </section>
    </main>
  );
}
