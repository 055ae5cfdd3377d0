// The URL as the screen's state: components read the decoded state and change it through `update`.
// Filter and selection changes add a history entry (Back undoes them); map moves replace it.
import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { type AtlasState, decodeState, encodeState } from './url-state';

export type StateChange = (state: AtlasState) => AtlasState;
export type UpdateState = (change: StateChange, options?: { replace?: boolean }) => void;

export function useAtlasState(): [AtlasState, UpdateState] {
  const [params, setParams] = useSearchParams();
  // The newest URL, including changes not rendered yet: react-router hands a functional update the
  // parameters of the last render, so two quick changes (close a dialog, then switch language)
  // would otherwise each start from the same old URL and the second would undo the first.
  const latest = useRef(params);
  const rendered = useRef(params);
  if (rendered.current !== params) {
    rendered.current = params;
    latest.current = params;
  }
  const state = useMemo(() => decodeState(params), [params]);
  const update = useCallback<UpdateState>(
    (change, options) => {
      const next = encodeState(change(decodeState(latest.current)));
      latest.current = next;
      setParams(next, { replace: options?.replace ?? false });
    },
    [setParams],
  );
  return [state, update];
}
