// The printed sheet's map as a plain class: an OpenLayers map of one parcel (offline basemap, its
// zone, the neighbouring parcels from the tiles, the parcel's red line) rendered once off screen and
// exported as a PNG data URL with a scale bar and a north arrow. A printed page then holds an
// ordinary image instead of a live canvas, which browsers print unreliably. No React here.
import type { MultiPolygon, Polygon } from 'geojson';
import OlMap from 'ol/Map';
import View from 'ol/View';
import VectorLayer from 'ol/layer/Vector';
import { getPointResolution, transformExtent } from 'ol/proj';
import VectorSource from 'ol/source/Vector';
import { Fill, Stroke, Style } from 'ol/style';
import type { Bbox } from '../../lib/api-types';
import { createBasemapLayers } from '../../map/basemap-layers';
import { ParcelTileLayer } from '../../map/parcel-tile-layer';
import { DATA_PROJECTION, lonLatGeoJson, registerProjections, VIEW_PROJECTION } from '../../map/projections';
import { scaleBar } from './scale-bar';

export interface SnapshotInput {
  geometry: Polygon | MultiPolygon;
  bbox: Bbox;
  zone: Polygon | MultiPolygon | null;
  tileJsonUrl: string;
}

/** Print wants more than screen pixels: 2 × a 640 × 450 map is about 370 dpi at 88 mm wide. */
const PIXEL_RATIO = 2;
/** Past this, whatever has arrived is exported rather than no map at all. */
const TIMEOUT_MS = 20_000;
/** Room around the parcel, in CSS pixels, so its neighbours show. */
const PADDING = 96;

// 用地红线: a parcel's boundary is drawn in red on Chinese planning maps.
const redLine = [new Style({ stroke: new Stroke({ color: '#ffffff', width: 7 }) }), new Style({ stroke: new Stroke({ color: '#d7191c', width: 3.5 }) })];
const zoneOutline = new Style({
  stroke: new Stroke({ color: '#5b3d8a', width: 2, lineDash: [8, 4] }),
  fill: new Fill({ color: 'rgba(91, 61, 138, 0.04)' }),
});

function vectorLayer(geometry: Polygon | MultiPolygon, style: Style | Style[], zIndex: number): VectorLayer {
  const source = new VectorSource({ features: lonLatGeoJson().readFeatures({ type: 'Feature', properties: {}, geometry }) });
  return new VectorLayer({ source, style, zIndex });
}

/** `matrix(a, b, c, d, e, f)` of a layer canvas's CSS transform; null without one. */
function cssMatrix(transform: string): [number, number, number, number, number, number] | null {
  const m = /^matrix\(([^()]*)\)$/.exec(transform);
  const values = m?.[1]?.split(',').map(Number);
  if (!values || values.length !== 6 || values.some((v) => !Number.isFinite(v))) return null;
  return values as [number, number, number, number, number, number];
}

export class ParcelSnapshotMap {
  private readonly map: OlMap;
  private readonly abort = new AbortController();
  private readonly basemapSource: VectorSource | null;
  private basemapFailed = false;
  private tilesSettled = false;
  private disposed = false;

  constructor(
    private readonly target: HTMLElement,
    input: SnapshotInput,
  ) {
    registerProjections();
    const basemap = createBasemapLayers(() => {
      this.basemapFailed = true;
      if (!this.disposed) this.map.render();
    });
    this.basemapSource = basemap.province.getSource();
    const parcels = new ParcelTileLayer(() => undefined);
    parcels
      .load(input.tileJsonUrl, this.abort.signal)
      .catch(() => undefined)
      .finally(() => {
        this.tilesSettled = true;
        if (!this.disposed) this.map.render();
      });
    const layers = [basemap.province, basemap.cities];
    if (input.zone) layers.push(vectorLayer(input.zone, zoneOutline, 5));
    this.map = new OlMap({
      target,
      pixelRatio: PIXEL_RATIO,
      controls: [],
      interactions: [],
      layers: [...layers, parcels.layer, vectorLayer(input.geometry, redLine, 10)],
      view: new View({ projection: VIEW_PROJECTION, maxZoom: 19 }),
    });
    const size: [number, number] = [target.clientWidth || 640, target.clientHeight || 450];
    this.map.getView().fit(transformExtent(input.bbox, DATA_PROJECTION, VIEW_PROJECTION), { size, padding: [PADDING, PADDING, PADDING, PADDING], maxZoom: 18 });
  }

  /** A PNG data URL of the map once the basemap, the tiles in view and the parcel have rendered. */
  snapshot(): Promise<string> {
    return new Promise((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        this.map.un('rendercomplete', onRender);
        try {
          resolve(this.compose());
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      };
      const onRender = () => {
        if (this.ready()) finish();
      };
      const timer = setTimeout(finish, TIMEOUT_MS);
      this.map.on('rendercomplete', onRender);
      this.map.render();
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.abort.abort();
    this.map.setTarget(undefined);
  }

  /** The basemap outlines have arrived (or failed) and the tile source is set (or failed). */
  private ready(): boolean {
    const basemapLoaded = this.basemapFailed || (this.basemapSource?.getFeatures().length ?? 0) > 0;
    return basemapLoaded && this.tilesSettled;
  }

  /** Every layer canvas drawn onto one, as OpenLayers' "export map" example does, plus scale and north. */
  private compose(): string {
    const [width = 640, height = 450] = this.map.getSize() ?? [];
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * PIXEL_RATIO);
    canvas.height = Math.round(height * PIXEL_RATIO);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas context');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    for (const layerCanvas of this.target.querySelectorAll<HTMLCanvasElement>('.ol-layer canvas, canvas.ol-layer')) {
      if (layerCanvas.width === 0) continue;
      const opacity = layerCanvas.parentElement?.style.opacity || layerCanvas.style.opacity;
      context.globalAlpha = opacity === '' ? 1 : Number(opacity);
      const matrix = cssMatrix(layerCanvas.style.transform) ?? [
        Number.parseFloat(layerCanvas.style.width) / layerCanvas.width,
        0,
        0,
        Number.parseFloat(layerCanvas.style.height) / layerCanvas.height,
        0,
        0,
      ];
      context.setTransform(PIXEL_RATIO, 0, 0, PIXEL_RATIO, 0, 0);
      context.transform(...matrix);
      context.drawImage(layerCanvas, 0, 0);
    }
    context.globalAlpha = 1;
    context.setTransform(PIXEL_RATIO, 0, 0, PIXEL_RATIO, 0, 0);
    this.drawScaleBar(context, height);
    this.drawNorthArrow(context, width);
    return canvas.toDataURL('image/png');
  }

  private drawScaleBar(context: CanvasRenderingContext2D, height: number): void {
    const view = this.map.getView();
    const center = view.getCenter();
    const resolution = view.getResolution();
    if (!center || resolution === undefined) return;
    const bar = scaleBar(getPointResolution(VIEW_PROJECTION, resolution, center, 'm'), 140);
    if (!bar) return;
    const [x, y] = [16, height - 18];
    context.fillStyle = 'rgba(255, 255, 255, 0.85)';
    context.fillRect(x - 8, y - 26, bar.px + 16, 34);
    context.strokeStyle = '#111111';
    context.lineWidth = 2;
    context.beginPath();
    context.moveTo(x, y - 6);
    context.lineTo(x, y);
    context.lineTo(x + bar.px, y);
    context.lineTo(x + bar.px, y - 6);
    context.stroke();
    context.fillStyle = '#111111';
    context.font = '600 13px system-ui, "WenQuanYi Micro Hei", sans-serif';
    context.textBaseline = 'bottom';
    context.fillText(bar.label, x, y - 8);
  }

  private drawNorthArrow(context: CanvasRenderingContext2D, width: number): void {
    const [x, y] = [width - 28, 16];
    context.fillStyle = 'rgba(255, 255, 255, 0.85)';
    context.fillRect(x - 16, y - 6, 32, 52);
    context.fillStyle = '#111111';
    context.beginPath();
    context.moveTo(x, y);
    context.lineTo(x + 9, y + 24);
    context.lineTo(x, y + 18);
    context.lineTo(x - 9, y + 24);
    context.closePath();
    context.fill();
    context.font = '700 14px system-ui, sans-serif';
    context.textAlign = 'center';
    context.textBaseline = 'top';
    context.fillText('N', x, y + 27);
    context.textAlign = 'start';
  }
}
