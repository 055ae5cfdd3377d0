// The optional online basemap settings, kept in this browser only (localStorage): the Tianditu key
// is the user's own and never goes to our server.
import type { OnlineBasemap, TiandituKind } from '../../map/online-basemap';

export interface BasemapSettings {
  enabled: boolean;
  token: string;
  kind: TiandituKind;
}

const KEY = 'atlas.tianditu';
export const DEFAULT_BASEMAP_SETTINGS: BasemapSettings = { enabled: false, token: '', kind: 'vec' };

export function loadBasemapSettings(): BasemapSettings {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<BasemapSettings> | null;
    if (!raw) return DEFAULT_BASEMAP_SETTINGS;
    return {
      enabled: raw.enabled === true,
      token: typeof raw.token === 'string' ? raw.token : '',
      kind: raw.kind === 'img' ? 'img' : 'vec',
    };
  } catch {
    return DEFAULT_BASEMAP_SETTINGS;
  }
}

export function saveBasemapSettings(settings: BasemapSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // No storage: the choice lasts for this page only.
  }
}

export function onlineBasemapOf(settings: BasemapSettings): OnlineBasemap | null {
  return settings.enabled && settings.token.trim() !== '' ? { token: settings.token.trim(), kind: settings.kind } : null;
}
