// A small menu under a header button (a disclosure, not an ARIA menu: links and buttons in reading
// order): an enterprise's own records, or on a phone the header actions that do not fit. Closes on
// Esc, a click outside, a choice inside, or when the page changes.
import { type KeyboardEvent, type MouseEvent, type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

interface Props {
  /** The button's content. */
  summary: ReactNode;
  /** The button's accessible name when its content is an icon or cut short. */
  label?: string;
  testId?: string;
  children: ReactNode;
}

export function HeaderMenu({ summary, label, testId, children }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  const { pathname, search } = useLocation();
  const close = () => {
    if (ref.current) ref.current.open = false;
  };
  useEffect(close, [pathname, search]);
  useEffect(() => {
    const closeOutside = (event: PointerEvent) => {
      if (ref.current?.open && !ref.current.contains(event.target as Node)) close();
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !ref.current?.open) return;
    close();
    ref.current.querySelector('summary')?.focus();
  };
  const onChoose = (event: MouseEvent) => {
    if ((event.target as Element).closest('a, button')) close();
  };
  return (
    <details className="header-menu" ref={ref} onKeyDown={onKeyDown}>
      <summary className="topbar-button" aria-label={label} title={label} data-testid={testId}>
        {summary}
      </summary>
      <div className="header-menu-list" onClick={onChoose}>
        {children}
      </div>
    </details>
  );
}
