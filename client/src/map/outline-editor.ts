// A parcel's outline being edited: reshape it (ol/interaction/Modify), or draw a new one in its
// place (Draw), snapping (Snap) to neighbouring parcels and the zone boundary. It reports the outline
// live while it changes (for the area read-out) and once a change is finished; React owns the
// outline and feeds it back. No React here.
import type { MultiPolygon, Polygon } from 'geojson';
import Feature from 'ol/Feature';
import type OlMap from 'ol/Map';
import { type Geometry, MultiPoint, MultiPolygon as OlMultiPolygon, Polygon as OlPolygon } from 'ol/geom';
import Draw from 'ol/interaction/Draw';
import Modify from 'ol/interaction/Modify';
import Snap from 'ol/interaction/Snap';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import { unByKey } from 'ol/Observable';
import type { EventsKey } from 'ol/events';
import { Circle as CircleStyle, Fill, Stroke, Style } from 'ol/style';
import { lonLatGeoJson } from './projections';

export type OutlineTool = 'modify' | 'draw';
export type Outline = Polygon | MultiPolygon;

export interface OutlineCallbacks {
  /** The outline (or the sketch being drawn) as it changes, at most once per frame. */
  onOutlineLive(geometry: Outline): void;
  /** A reshape or a new drawing is finished. */
  onOutlineChanged(geometry: Outline): void;
}

/** 1e-9° ≈ 0.1 mm: what the importers keep too (server/src/imports/limits.ts). */
const DECIMALS = 9;

const outlineStyle = [
  new Style({ stroke: new Stroke({ color: '#ffffff', width: 6 }) }),
  new Style({ stroke: new Stroke({ color: '#c2185b', width: 2.5 }), fill: new Fill({ color: 'rgba(194, 24, 91, 0.12)' }) }),
];
// The vertices Modify can drag, shown while reshaping.
const vertexStyle = new Style({
  image: new CircleStyle({ radius: 5, fill: new Fill({ color: '#ffffff' }), stroke: new Stroke({ color: '#c2185b', width: 2 }) }),
  geometry: (feature) => {
    const geometry = feature.getGeometry();
    if (geometry instanceof OlPolygon) return new MultiPoint(geometry.getCoordinates().flat(1));
    if (geometry instanceof OlMultiPolygon) return new MultiPoint(geometry.getCoordinates().flat(2));
    return undefined;
  },
});
const snapTargetStyle = new Style({ stroke: new Stroke({ color: 'rgba(17, 17, 17, 0.55)', width: 1, lineDash: [2, 3] }) });

function toGeoJson(geometry: Geometry): Outline {
  return lonLatGeoJson().writeGeometryObject(geometry, { decimals: DECIMALS }) as Outline;
}

export class OutlineEditor {
  private readonly source = new VectorSource();
  private readonly snapSource = new VectorSource();
  readonly layer: VectorLayer;
  readonly snapLayer: VectorLayer;
  private readonly modify: Modify;
  private readonly snap: Snap;
  private draw: Draw | null = null;
  private tool: OutlineTool | null = null;
  private snapping = true;
  private outline: Outline | null = null;
  private liveFrame = 0;
  private sketchKey: EventsKey | null = null;
  private featureKey: EventsKey | null = null;

  constructor(
    private readonly map: OlMap,
    private readonly callbacks: OutlineCallbacks,
  ) {
    this.layer = new VectorLayer({
      source: this.source,
      style: () => (this.tool === 'modify' ? [...outlineStyle, vertexStyle] : outlineStyle),
      properties: { name: 'outline' },
      zIndex: 25,
    });
    // The snap targets stay faint: they are the tiles' parcels and the zone, drawn exactly.
    this.snapLayer = new VectorLayer({ source: this.snapSource, style: snapTargetStyle, properties: { name: 'snap-targets' }, zIndex: 12, visible: false });
    this.modify = new Modify({ source: this.source });
    this.modify.on('modifyend', () => {
      const geometry = this.source.getFeatures()[0]?.getGeometry();
      if (!geometry) return;
      this.outline = toGeoJson(geometry);
      this.callbacks.onOutlineChanged(this.outline);
    });
    this.snap = new Snap({ source: this.snapSource });
    map.addLayer(this.snapLayer);
    map.addLayer(this.layer);
  }

  /** The outline from React; the one this editor just reported is recognised and left alone. */
  setOutline(geometry: Outline | null): void {
    if (geometry === this.outline && (geometry === null || this.source.getFeatures().length > 0)) return;
    this.outline = geometry;
    if (this.featureKey) unByKey(this.featureKey);
    this.featureKey = null;
    this.source.clear(true);
    const olGeometry = geometry ? lonLatGeoJson().readGeometry(geometry) : null;
    if (!olGeometry) return;
    const feature = new Feature(olGeometry);
    this.featureKey = feature.on('change', () => this.reportLive(feature.getGeometry()));
    this.source.addFeature(feature);
  }

  setTool(tool: OutlineTool | null): void {
    if (tool === this.tool) return;
    this.tool = tool;
    this.rebuildInteractions();
    this.layer.changed();
  }

  setSnapping(snapping: boolean): void {
    if (snapping === this.snapping) return;
    this.snapping = snapping;
    this.rebuildInteractions();
  }

  setSnapTargets(geometries: readonly Outline[]): void {
    this.snapSource.clear(true);
    this.snapSource.addFeatures(geometries.flatMap((g) => {
      const olGeometry = lonLatGeoJson().readGeometry(g);
      return olGeometry ? [new Feature(olGeometry)] : [];
    }));
  }

  isEditing(): boolean {
    return this.tool !== null;
  }

  /** Drops the last vertex of the outline being drawn (Backspace). */
  removeLastPoint(): void {
    this.draw?.removeLastPoint();
  }

  /** Cancels a drawing in progress (Esc); the outline stays as it was. */
  abortDrawing(): void {
    this.draw?.abortDrawing();
  }

  dispose(): void {
    this.setTool(null);
    cancelAnimationFrame(this.liveFrame);
    this.map.removeLayer(this.layer);
    this.map.removeLayer(this.snapLayer);
  }

  private rebuildInteractions(): void {
    this.map.removeInteraction(this.modify);
    if (this.draw) this.map.removeInteraction(this.draw);
    this.map.removeInteraction(this.snap);
    this.draw = null;
    if (this.sketchKey) unByKey(this.sketchKey);
    this.sketchKey = null;
    this.snapLayer.setVisible(this.tool !== null && this.snapping);
    if (this.tool === 'modify') this.map.addInteraction(this.modify);
    if (this.tool === 'draw') this.map.addInteraction(this.createDraw());
    // Snap goes last so it sees pointer events before Modify and Draw do (OL docs, Snap).
    if (this.tool !== null && this.snapping) this.map.addInteraction(this.snap);
  }

  private createDraw(): Draw {
    const draw = new Draw({ type: 'Polygon', stopClick: true });
    draw.on('drawstart', (event) => {
      const sketch = event.feature;
      this.sketchKey = sketch.on('change', () => this.reportLive(sketch.getGeometry()));
    });
    draw.on('drawend', (event) => {
      if (this.sketchKey) unByKey(this.sketchKey);
      this.sketchKey = null;
      const geometry = event.feature.getGeometry();
      if (!geometry) return;
      const drawn = toGeoJson(geometry);
      this.setOutline(drawn);
      this.callbacks.onOutlineChanged(drawn);
    });
    draw.on('drawabort', () => {
      if (this.sketchKey) unByKey(this.sketchKey);
      this.sketchKey = null;
      if (this.outline) this.callbacks.onOutlineLive(this.outline);
    });
    this.draw = draw;
    return draw;
  }

  private reportLive(geometry: Geometry | undefined): void {
    if (!geometry) return;
    cancelAnimationFrame(this.liveFrame);
    this.liveFrame = requestAnimationFrame(() => this.callbacks.onOutlineLive(toGeoJson(geometry)));
  }
}
