/** A calm status line (saved, sent…) announced to screen readers without stealing focus. */
import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  kind?: 'success' | 'info' | 'warning';
  testId?: string;
  title?: string;
}

export function Notice({ children, kind = 'info', testId, title }: Props) {
  return (
    <div className={`notice notice-${kind}`} role="status" data-testid={testId}>
      {title ? <p className="notice-title">{title}</p> : null}
      {children}
    </div>
  );
}
