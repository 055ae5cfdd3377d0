// Optional Tianditu (天地图) WMTS basemap in Web Mercator ("_w" matrix set, XYZ-compatible) with the
// user's own browser key. Off by default; the offline basemap stays underneath as the fallback.
import LayerGroup from 'ol/layer/Group';
import TileLayer from 'ol/layer/Tile';
import XYZ from 'ol/source/XYZ';

export type TiandituKind = 'vec' | 'img';

export interface OnlineBasemap {
  token: string;
  kind: TiandituKind;
}

/** Map layer and its annotation layer (vec → cva, img → cia). */
const ANNOTATION: Record<TiandituKind, string> = { vec: 'cva', img: 'cia' };

export function tiandituUrl(layer: string, token: string): string {
  return (
    `https://t{0-7}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
    `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(token)}`
  );
}

/** Consecutive failures, with no success, after which the layer is judged unusable (bad key, offline). */
const FAILURES_BEFORE_GIVING_UP = 4;

export function createOnlineBasemap(basemap: OnlineBasemap, onFailed: () => void): LayerGroup {
  let failures = 0;
  let successes = 0;
  const layers = [basemap.kind, ANNOTATION[basemap.kind]].map((layer) => {
    const source = new XYZ({
      url: tiandituUrl(layer, basemap.token),
      attributions: '天地图 © 国家地理信息公共服务平台',
      maxZoom: 18,
      crossOrigin: 'anonymous',
    });
    source.on('tileloadend', () => {
      successes += 1;
    });
    source.on('tileloaderror', () => {
      failures += 1;
      if (successes === 0 && failures === FAILURES_BEFORE_GIVING_UP) onFailed();
    });
    return new TileLayer({ source });
  });
  return new LayerGroup({ layers, properties: { name: 'online-basemap' } });
}
