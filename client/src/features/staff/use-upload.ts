// One upload at a time with its progress: sending (a share of the bytes), then the server working
// on it (validation can take a while for a large file), then the answer or the error. Cancellable.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UploadOptions } from '../../lib/api';
import { useSession, useSessionExpiryCheck } from '../../lib/session';

export type UploadState<T> =
  | { phase: 'idle' }
  | { phase: 'sending'; fraction: number }
  | { phase: 'processing' }
  | { phase: 'done'; result: T }
  | { phase: 'error'; error: unknown };

export interface Upload<T> {
  state: UploadState<T>;
  start(send: (options: UploadOptions) => Promise<T>): Promise<T | null>;
  cancel(): void;
  reset(): void;
}

export function useUpload<T>(): Upload<T> {
  const [state, setState] = useState<UploadState<T>>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const csrfToken = useSession().data?.csrfToken;
  const onSessionError = useSessionExpiryCheck();

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (send: (options: UploadOptions) => Promise<T>): Promise<T | null> => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setState({ phase: 'sending', fraction: 0 });
      try {
        const result = await send({
          ...(csrfToken ? { csrfToken } : {}),
          signal: abort.signal,
          onProgress: (fraction) => {
            if (!abort.signal.aborted) setState(fraction >= 1 ? { phase: 'processing' } : { phase: 'sending', fraction });
          },
        });
        if (abort.signal.aborted) return null;
        setState({ phase: 'done', result });
        return result;
      } catch (error) {
        if (abort.signal.aborted) return null;
        onSessionError(error);
        setState({ phase: 'error', error });
        return null;
      }
    },
    [csrfToken, onSessionError],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ phase: 'idle' });
  }, []);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, cancel, reset };
}
