// Kiosk mode for the hall's touchscreen: the Fullscreen API where the browser has it (prefixed on
// older Safari/iPadOS), and otherwise a compact in-page layout so the toggle never just does nothing.
import { useCallback, useEffect, useState } from 'react';

interface VendorDocument {
  webkitFullscreenElement?: Element | null;
  webkitExitFullscreen?: () => Promise<void> | void;
}

interface VendorElement {
  webkitRequestFullscreen?: () => Promise<void> | void;
}

function fullscreenElement(): Element | null {
  const doc = document as Document & VendorDocument;
  return doc.fullscreenElement ?? doc.webkitFullscreenElement ?? null;
}

/** Asks for full screen; false when the browser has no API for it or refuses. */
async function enterFullscreen(element: HTMLElement): Promise<boolean> {
  const el = element as HTMLElement & VendorElement;
  try {
    if (typeof el.requestFullscreen === 'function' && document.fullscreenEnabled !== false) {
      await el.requestFullscreen({ navigationUI: 'hide' });
      return true;
    }
    if (typeof el.webkitRequestFullscreen === 'function') {
      await el.webkitRequestFullscreen();
      return true;
    }
  } catch {
    // Refused (no user gesture, an iframe without allow="fullscreen", a policy): fall back.
  }
  return false;
}

async function exitFullscreen(): Promise<void> {
  const doc = document as Document & VendorDocument;
  try {
    if (typeof doc.exitFullscreen === 'function') await doc.exitFullscreen();
    else await doc.webkitExitFullscreen?.();
  } catch {
    // Already left (Esc pressed meanwhile).
  }
}

export interface Kiosk {
  /** Full screen, or the in-page fallback. */
  active: boolean;
  /** True while the fallback stands in for a full screen the browser would not give. */
  fallback: boolean;
  toggle(): void;
}

export function useFullscreen(): Kiosk {
  const [native, setNative] = useState(() => fullscreenElement() !== null);
  const [fallback, setFallback] = useState(false);

  useEffect(() => {
    const onChange = () => setNative(fullscreenElement() !== null);
    document.addEventListener('fullscreenchange', onChange);
    document.addEventListener('webkitfullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      document.removeEventListener('webkitfullscreenchange', onChange);
    };
  }, []);

  const toggle = useCallback(() => {
    if (fallback) setFallback(false);
    else if (fullscreenElement()) void exitFullscreen();
    else void enterFullscreen(document.documentElement).then((entered) => setFallback(!entered));
  }, [fallback]);

  return { active: native || fallback, fallback, toggle };
}
