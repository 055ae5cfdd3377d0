// Whether a CSS media query matches, kept up to date, for the few layouts that differ by more than CSS
// can say (a header that folds its secondary actions into a menu on a phone).
import { useCallback, useSyncExternalStore } from 'react';

/** app.css's phone layout. */
export const PHONE_QUERY = '(max-width: 720px)';

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', listener);
      return () => list.removeEventListener('change', listener);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
