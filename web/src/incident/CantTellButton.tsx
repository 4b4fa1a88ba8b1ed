/**
 * "I can't tell": the way out of every decision point. It jumps to step 6 with the question carried in the
 * address (`?question=…&fromStep=N#step-6`), where the support-request form picks it up.
 */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

interface Props {
  fromStep: 2 | 3 | 4 | 5;
  /** Defaults to the step's usual question. */
  question?: string;
  testId?: string;
}

export function CantTellButton({ fromStep, question, testId }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const go = () => {
    const params = new URLSearchParams({
      question: question ?? t(`cantTell.question.${fromStep}`),
      fromStep: String(fromStep),
    });
    void navigate({ search: `?${params.toString()}`, hash: '#step-6' });
    // The address may not change (same question twice), so scroll and focus here as well.
    requestAnimationFrame(() => {
      const field = document.getElementById('support-question');
      if (field) {
        field.focus({ preventScroll: true });
        field.scrollIntoView({ block: 'center' });
        return;
      }
      document.getElementById('step-6')?.scrollIntoView({ block: 'start' });
      document.getElementById('step-6-title')?.focus({ preventScroll: true });
    });
  };
  return (
    <div className="cant-tell">
      <button
        type="button"
        className="button button-cant-tell"
        onClick={go}
        data-testid={testId ?? `cant-tell-step-${fromStep}`}
      >
        {t('cantTell.button')}
      </button>
      <span className="hint">{t('cantTell.hint')}</span>
    </div>
  );
}
