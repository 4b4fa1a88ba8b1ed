/** An unknown address: say so and offer the way back. */
import { useTranslation } from 'react-i18next';
import { NothingLeft } from '../components/NextStepHint';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="panel narrow">
      <h1>{t('notFound.title')}</h1>
      <NothingLeft actions={[{ to: '/', label: t('notFound.home') }]}>
        <p>{t('notFound.body')}</p>
      </NothingLeft>
    </section>
  );
}
