/**
 * No page is a dead end. Every page shows either what to do next (`NextStepHint`, `data-testid="next-actions"`,
 * at least one link or button) or says plainly that nothing is left to do here and where to go instead
 * (`NothingLeft`, `data-testid="nothing-left"`, with at least one link). e2e/no-dead-ends.test.ts checks it.
 */
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './next-step-hint.css';

export type HintAction =
  /** Another page of the app. */
  | { to: string; label: string; testId?: string }
  /** A place on this page (`#form-id`): a plain link (not a second submit button) that moves the cursor into it. */
  | { href: `#${string}`; label: string; testId?: string }
  | { onClick: () => void; label: string; testId?: string };

/** Moves to an element on this page and puts the cursor in its first field, so the link does what it says. */
function focusOnPage(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  const field = target.matches('input, select, textarea, button')
    ? target
    : target.querySelector<HTMLElement>('input:not([disabled]), select, textarea, button');
  target.scrollIntoView({ block: 'start' });
  field?.focus({ preventScroll: true });
}

function ActionLink({ action, primary }: { action: HintAction; primary: boolean }) {
  const className = `button${primary ? ' button-primary' : ' button-secondary'}`;
  if ('to' in action) {
    return (
      <Link to={action.to} className={className} data-testid={action.testId}>
        {action.label}
      </Link>
    );
  }
  if ('href' in action) {
    return (
      <a
        href={action.href}
        className="next-step-jump"
        data-testid={action.testId}
        onClick={(e) => {
          e.preventDefault();
          focusOnPage(action.href.slice(1));
        }}
      >
        {action.label}
      </a>
    );
  }
  return (
    <button type="button" className={className} onClick={action.onClick} data-testid={action.testId}>
      {action.label}
    </button>
  );
}

interface HintProps {
  /** What to do here, in one or two plain sentences. */
  text: string;
  actions: HintAction[];
  /** The page's h1 sits above; a hint inside an h2 section passes 3. */
  headingLevel?: 2 | 3;
  children?: ReactNode;
}

export function NextStepHint({ text, actions, headingLevel = 2, children }: HintProps) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="next-step-hint" aria-labelledby={id} data-testid="next-actions">
      <Heading id={id} className="next-step-title">
        {t('guidance.next.title')}
      </Heading>
      <p>{text}</p>
      {children}
      {actions.length > 0 ? (
        <p className="button-row">
          {actions.map((a, i) => (
            <ActionLink key={a.label} action={a} primary={i === 0} />
          ))}
        </p>
      ) : null}
    </section>
  );
}

interface NothingLeftProps {
  /** Why there is nothing to do here; then where to go instead (links, at least one). */
  children: ReactNode;
  /** Other places to go, as buttons after the children. */
  actions?: HintAction[];
  title?: string;
}

export function NothingLeft({ children, actions = [], title }: NothingLeftProps) {
  const { t } = useTranslation();
  return (
    <div className="nothing-left" data-testid="nothing-left">
      <p className="nothing-left-title">{title ?? t('guidance.nothingLeft.title')}</p>
      {children}
      {actions.length > 0 ? (
        <p className="button-row">
          {actions.map((a, i) => (
            <ActionLink key={a.label} action={a} primary={i === 0} />
          ))}
        </p>
      ) : null}
    </div>
  );
}
