import { useEffect, useRef, useState } from 'react';

/**
 * A text field's own value that is committed after the user pauses typing, and follows the outside
 * value whenever that changes (Back button, "clear filters").
 */
export function useDraft(external: string, commit: (value: string) => void, delayMs = 350): [string, (value: string) => void] {
  const [draft, setDraft] = useState(external);
  const latestCommit = useRef(commit);
  latestCommit.current = commit;
  useEffect(() => setDraft(external), [external]);
  useEffect(() => {
    if (draft === external) return;
    const timer = setTimeout(() => latestCommit.current(draft), delayMs);
    return () => clearTimeout(timer);
    // Only a new draft starts the timer; the outside value catching up must not restart it.
  }, [draft, delayMs]);
  return [draft, setDraft];
}
