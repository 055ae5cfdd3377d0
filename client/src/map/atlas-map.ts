// The atlas map as a plain class: React creates it once and feeds it props through setters; it
// reports what the user does through callbacks. No React here, and no OpenLayers object leaves it.
import type { FeatureCollection, MultiPolygon as GeoJsonMultiPolygon, Polygon as GeoJsonPolygon } from 'geojson';
import OlMap from 'ol/Map';
import View from 'ol/View';
import { defaults as defaultControls, ScaleLine } from 'ol/control';
import type BaseLayer from 'ol/layer/Base';
import VectorLayer from 'ol/layer/Vector';
import { transform, transformExtent } from 'ol/proj';
import { MultiPolygon, Point, Polygon } from 'ol/geom';
import VectorSource from 'ol/source/Vector';
import { Circle as CircleStyle, Fill, Stroke, Style, Text } from 'ol/style';
import type { Bbox } from '../lib/api-types';
import { createBasemapLayers, type BasemapLayers } from './basemap-layers';
import { createOnlineBasemap, type OnlineBasemap } from './online-basemap';
import type { TileMatch } from './parcel-match';
import { ParcelTileLayer } from './parcel-tile-layer';
import { type DrawShape, PlanEditor, type PlanEditorCallbacks } from './plan-editor';
import { DATA_PROJECTION, lonLatGeoJson, registerProjections, VIEW_PROJECTION } from './projections';
import type { SitePlan } from '../../../server/src/checks/site-plan';

export interface MapViewState {
  zoom: number;
  /** [lon, lat] in EPSG:4490. */
  center: [number, number];
}

export interface HoveredParcel {
  code: string;
  status: string;
  areaMu: number;
  /** CSS pixels relative to the map element. */
  pixel: [number, number];
}

export interface AtlasMapCallbacks extends PlanEditorCallbacks {
  /** `parcelsShown`: false while zoomed out beyond the parcel tiles' minimum zoom. */
  onMoveEnd(view: MapViewState, bbox: Bbox, parcelsShown: boolean): void;
  onHover(parcel: HoveredParcel | null): void;
  onSelectParcel(code: string): void;
  onSelectPlanFeature(id: string | null): void;
  /** A layer could not load (TileJSON unreachable, basemap chunk missing). */
  onLayerError(message: string): void;
  onOnlineBasemapFailed(): void;
}

export type MapMode = 'browse' | 'plan';

/** Shanxi with a margin, lon/lat; the first view shows all of it. */
const SHANXI_VIEW_BBOX: Bbox = [110.0, 34.4, 114.8, 40.9];
/** Zoomed out further than this (m/px, ≈ zoom 11.5) a zone is a marker, closer in its outline. */
const ZONE_MARKER_RESOLUTION = 60;
/** Zone names give way to parcels when zoomed right in. */
const ZONE_LABEL_MIN_RESOLUTION = 4;

const zoneOutline = new Style({
  stroke: new Stroke({ color: '#5b3d8a', width: 1.5, lineDash: [8, 4] }),
  fill: new Fill({ color: 'rgba(91, 61, 138, 0.05)' }),
});
// Every zone keeps its marker (declutterMode 'none'); only the names give way to each other.
const zoneMarker = new Style({
  geometry: 'marker',
  image: new CircleStyle({ radius: 6, fill: new Fill({ color: '#5b3d8a' }), stroke: new Stroke({ color: '#ffffff', width: 2 }), declutterMode: 'none' }),
});
const selectionStyle = [
  new Style({ stroke: new Stroke({ color: '#ffffff', width: 7 }) }),
  new Style({ stroke: new Stroke({ color: '#111111', width: 3.5 }) }),
];

/** A zone's name: zoomed out above its marker, closer in inside its outline. */
function zoneLabel(name: string, atMarker: boolean): Style {
  return new Style({
    ...(atMarker ? { geometry: 'marker' } : {}),
    text: new Text({
      offsetY: atMarker ? -14 : 0,
      text: name,
      font: '600 12px system-ui, "WenQuanYi Micro Hei", sans-serif',
      fill: new Fill({ color: '#3f2a63' }),
      stroke: new Stroke({ color: 'rgba(255,255,255,0.95)', width: 3 }),
      overflow: true,
    }),
  });
}

/** Equal as the URL writes them: zoom to 0.01, centre to 1e-6° (about 0.1 m). */
function sameView(a: MapViewState, b: MapViewState): boolean {
  return Math.abs(a.zoom - b.zoom) < 0.006 && Math.abs(a.center[0] - b.center[0]) < 1e-6 && Math.abs(a.center[1] - b.center[1]) < 1e-6;
}

export class AtlasMap {
  /** Subclasses (staff-map.ts) add their own layers and interactions to it. */
  protected readonly map: OlMap;
  private readonly basemap: BasemapLayers;
  private readonly zones = new VectorSource();
  private readonly selection = new VectorSource();
  private readonly parcels: ParcelTileLayer;
  private readonly plan: PlanEditor;
  private online: BaseLayer | null = null;
  private onlineKey = '';
  private mode: MapMode = 'browse';
  private lastEmitted: MapViewState | null = null;
  private hoverFrame = 0;
  private readonly abort = new AbortController();
  private readonly zonesLayer: VectorLayer;

  constructor(
    private readonly target: HTMLElement,
    tileJsonUrl: string,
    private readonly callbacks: AtlasMapCallbacks,
  ) {
    registerProjections();
    // For people and tests alike: whether the parcel tiles in view have all arrived.
    target.dataset.tilesLoaded = 'false';
    this.basemap = createBasemapLayers((message) => callbacks.onLayerError(message));
    this.parcels = new ParcelTileLayer((state) => {
      target.dataset.tilesPending = String(state.pending);
      target.dataset.tilesLoaded = String(state.pending === 0 && state.loaded + state.failed > 0);
    });
    const zoneLabels = new Map<string, Style>();
    const zonesLayer = new VectorLayer({
      source: this.zones,
      // One declutter group with the city names: the upper layer (zones) wins a collision.
      declutter: 'labels',
      style: (feature, resolution) => {
        if (resolution < ZONE_LABEL_MIN_RESOLUTION) return zoneOutline;
        // Far out the outline is a dot anyway; the marker carries the zone.
        const atMarker = resolution > ZONE_MARKER_RESOLUTION;
        const key = `${atMarker}|${String(feature.get('name') ?? '')}`;
        let label = zoneLabels.get(key);
        if (!label) {
          label = zoneLabel(String(feature.get('name') ?? ''), atMarker);
          zoneLabels.set(key, label);
        }
        return atMarker ? [zoneOutline, zoneMarker, label] : [zoneOutline, label];
      },
      properties: { name: 'zones' },
    });
    const selectionLayer = new VectorLayer({ source: this.selection, style: selectionStyle, zIndex: 10, properties: { name: 'selection' } });

    this.map = new OlMap({
      target,
      layers: [this.basemap.province, this.basemap.cities, zonesLayer, this.parcels.layer, selectionLayer],
      controls: defaultControls({ attributionOptions: { collapsible: true } }).extend([new ScaleLine({ units: 'metric' })]),
      view: new View({ projection: VIEW_PROJECTION, minZoom: 5, maxZoom: 20, constrainResolution: false }),
    });
    this.map.getView().fit(transformExtent(SHANXI_VIEW_BBOX, DATA_PROJECTION, VIEW_PROJECTION), { size: this.size() });
    this.plan = new PlanEditor(this.map, this.selection, callbacks);

    this.map.on('moveend', () => this.emitMoveEnd());
    this.map.on('pointermove', (event) => {
      if (event.dragging) return;
      cancelAnimationFrame(this.hoverFrame);
      const pixel = event.pixel as [number, number];
      this.hoverFrame = requestAnimationFrame(() => this.hoverAt(pixel));
    });
    this.map.getViewport()?.addEventListener('pointerleave', () => {
      cancelAnimationFrame(this.hoverFrame);
      this.parcels.setHovered(undefined);
      callbacks.onHover(null);
    });
    this.zonesLayer = zonesLayer;
    this.map.on('singleclick', (event) => this.handleClick(event.pixel));

    this.parcels
      .load(tileJsonUrl, this.abort.signal)
      .then(() => this.emitMoveEnd())
      .catch((err: unknown) => {
      if (this.abort.signal.aborted) return;
      target.dataset.tilesLoaded = 'error';
      callbacks.onLayerError(err instanceof Error ? err.message : String(err));
    });
  }

  // ---- props from React ----

  /**
   * Moves to a view from outside (a link, the Back button). The map's own moves come back here
   * through the URL a moment later; those echoes, and anything arriving mid-animation, are ignored
   * so they cannot pull the map back to where it just was.
   */
  setView(view: MapViewState): void {
    const olView = this.map.getView();
    if (olView.getAnimating() || olView.getInteracting()) return;
    if (this.lastEmitted && sameView(view, this.lastEmitted)) return;
    if (sameView(view, this.viewState())) return;
    olView.setCenter(transform(view.center, DATA_PROJECTION, VIEW_PROJECTION));
    olView.setZoom(view.zoom);
  }

  /** Fits the view to a lon/lat bbox, leaving room for the panels over the map. */
  fitBbox(bbox: Bbox, padding: [number, number, number, number] = [48, 48, 48, 48]): void {
    const extent = transformExtent(bbox, DATA_PROJECTION, VIEW_PROJECTION);
    this.map.getView().fit(extent, { padding, maxZoom: 17, duration: 400 });
  }

  setSelection(geometry: GeoJsonPolygon | GeoJsonMultiPolygon | null): void {
    this.selection.clear(true);
    if (geometry) this.selection.addFeatures(lonLatGeoJson().readFeatures({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] }));
  }

  setZones(zones: FeatureCollection | null): void {
    this.zones.clear(true);
    if (!zones) return;
    const features = lonLatGeoJson().readFeatures(zones);
    for (const feature of features) {
      const geometry = feature.getGeometry();
      const marker = geometry instanceof Polygon ? geometry.getInteriorPoint() : geometry instanceof MultiPolygon ? geometry.getInteriorPoints().getPoint(0) : null;
      if (marker) feature.set('marker', new Point(marker.getCoordinates().slice(0, 2)));
    }
    this.zones.addFeatures(features);
  }

  setMatch(match: TileMatch | null): void {
    this.parcels.setMatch(match);
  }

  setMode(mode: MapMode): void {
    this.mode = mode;
    this.plan.setActive(mode === 'plan');
    if (mode === 'plan') {
      this.parcels.setHovered(undefined);
      this.callbacks.onHover(null);
    }
  }

  setPlan(plan: SitePlan): void {
    this.plan.setPlan(plan);
  }

  setDrawing(shape: DrawShape | null): void {
    this.plan.setDrawing(shape);
  }

  setOffending(ids: readonly string[]): void {
    this.plan.setOffending(ids);
  }

  setSelectedPlanFeature(id: string | null): void {
    this.plan.setSelected(id);
  }

  setOnlineBasemap(basemap: OnlineBasemap | null): void {
    const key = basemap ? `${basemap.kind}:${basemap.token}` : '';
    if (key === this.onlineKey) return;
    this.onlineKey = key;
    if (this.online) this.map.removeLayer(this.online);
    this.online = basemap ? createOnlineBasemap(basemap, () => this.callbacks.onOnlineBasemapFailed()) : null;
    if (this.online) this.map.getLayers().insertAt(0, this.online);
    this.basemap.setFilled(!basemap);
  }

  /** The map element's size changed (panels opened or closed). */
  resize(): void {
    this.map.updateSize();
  }

  // ---- read-outs (also for tests through window.__atlas) ----

  viewState(): MapViewState {
    const view = this.map.getView();
    const [lon = 0, lat = 0] = transform(view.getCenter() ?? [0, 0], VIEW_PROJECTION, DATA_PROJECTION);
    return { zoom: view.getZoom() ?? 0, center: [lon, lat] };
  }

  /** Page (client) coordinates of a lon/lat, or null when the map has not rendered yet. */
  pixelFor(lon: number, lat: number): [number, number] | null {
    const pixel = this.map.getPixelFromCoordinate(transform([lon, lat], DATA_PROJECTION, VIEW_PROJECTION));
    if (!pixel) return null;
    const rect = this.target.getBoundingClientRect();
    return [rect.left + (pixel[0] ?? 0), rect.top + (pixel[1] ?? 0)];
  }

  dispose(): void {
    this.abort.abort();
    cancelAnimationFrame(this.hoverFrame);
    this.plan.dispose();
    this.map.setTarget(undefined);
  }

  // ---- internals ----

  private size(): [number, number] {
    return [this.target.clientWidth || 800, this.target.clientHeight || 600];
  }

  private bbox(): Bbox {
    const extent = this.map.getView().calculateExtent(this.map.getSize() ?? this.size());
    const [minLon, minLat, maxLon, maxLat] = transformExtent(extent, VIEW_PROJECTION, DATA_PROJECTION);
    return [minLon ?? 0, minLat ?? 0, maxLon ?? 0, maxLat ?? 0];
  }

  private emitMoveEnd(): void {
    const view = this.viewState();
    this.lastEmitted = view;
    this.callbacks.onMoveEnd(view, this.bbox(), this.parcels.visibleAt(view.zoom));
  }

  /** A click on the map: a plan feature, a parcel, or a zone marker seen from afar. */
  protected handleClick(pixel: number[]): void {
    if (this.mode === 'plan') {
      if (!this.plan.isDrawing()) this.callbacks.onSelectPlanFeature(this.plan.featureAt(pixel));
      return;
    }
    const code = this.parcelAt(pixel)?.get('code');
    if (typeof code === 'string') {
      this.callbacks.onSelectParcel(code);
      return;
    }
    // A zone marker seen from afar: go there.
    const zone = this.map.getFeaturesAtPixel(pixel, { layerFilter: (l) => l === this.zonesLayer, hitTolerance: 4 })[0];
    const extent = zone?.getGeometry()?.getExtent();
    if (extent) this.map.getView().fit(extent, { padding: [40, 40, 40, 40], maxZoom: 14, duration: 400 });
  }

  private parcelAt(pixel: number[]) {
    const hits = this.map.getFeaturesAtPixel(pixel, { layerFilter: (l) => l === this.parcels.layer, hitTolerance: 2 });
    return hits[0];
  }

  protected hoverAt(pixel: [number, number]): void {
    if (this.mode === 'plan') return;
    const feature = this.parcelAt(pixel);
    this.parcels.setHovered(feature?.getId());
    this.target.style.cursor = feature ? 'pointer' : '';
    if (!feature) {
      this.callbacks.onHover(null);
      return;
    }
    this.callbacks.onHover({
      code: String(feature.get('code')),
      status: String(feature.get('status')),
      areaMu: Number(feature.get('areaMu')),
      pixel,
    });
  }
}
