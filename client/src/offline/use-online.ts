// The connectivity store (connectivity.ts) for components.
import { useSyncExternalStore } from 'react';
import { type Connectivity, connectivity, isOnline } from './connectivity';

export interface OnlineState extends Connectivity {
  /** The device has a network and the server answered the last read. */
  online: boolean;
}

const subscribe = (listener: () => void) => connectivity.subscribe(listener);

export function useOnline(): OnlineState {
  const state = useSyncExternalStore(subscribe, connectivity.get);
  return { ...state, online: isOnline(state) };
}
