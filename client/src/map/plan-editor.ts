// The site-plan layer of the check tool: shows the plan (EPSG:4490 GeoJSON given by React), draws
// new footprints (ol/interaction/Draw) and reshapes existing ones (Modify, Snap). It reports
// geometry only; React owns the plan (ids, kinds, floors) and feeds it back in.
import type { MultiPolygon, Polygon } from 'geojson';
import type OlMap from 'ol/Map';
import type Feature from 'ol/Feature';
import Draw, { createBox } from 'ol/interaction/Draw';
import Modify from 'ol/interaction/Modify';
import Snap from 'ol/interaction/Snap';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import { Fill, Stroke, Style, Text } from 'ol/style';
import type { FeatureKind, SitePlan } from '../../../server/src/checks/site-plan';
import { lonLatGeoJson } from './projections';

export type DrawShape = 'polygon' | 'box';

export interface PlanEditorCallbacks {
  onDrawn(geometry: Polygon): void;
  onModified(id: string, geometry: Polygon | MultiPolygon): void;
}

const KIND_COLORS: Record<FeatureKind, string> = {
  building: '#3d4f7a',
  structure: '#6b5b95',
  yard: '#a67c52',
  green: '#2e8b57',
  road: '#8f8f8f',
  parking: '#b0b0b0',
  admin_facility: '#9c4f96',
  other: '#c2b280',
};

const DECIMALS = 9;

export class PlanEditor {
  private readonly source = new VectorSource();
  readonly layer: VectorLayer;
  private readonly modify: Modify;
  private readonly snap: Snap;
  private draw: Draw | null = null;
  private plan: SitePlan | null = null;
  private offending = new Set<string>();
  private selectedId: string | null = null;
  private active = false;

  constructor(
    private readonly map: OlMap,
    private readonly snapSource: VectorSource,
    private readonly callbacks: PlanEditorCallbacks,
  ) {
    this.layer = new VectorLayer({
      source: this.source,
      style: (feature, resolution) => this.styleOf(feature as Feature, resolution),
      properties: { name: 'site-plan' },
      zIndex: 20,
      visible: false,
    });
    this.modify = new Modify({ source: this.source });
    this.modify.on('modifyend', (event) => {
      for (const feature of event.features.getArray()) {
        const id = feature.getId();
        if (id === undefined) continue;
        const geometry = lonLatGeoJson().writeGeometryObject(feature.getGeometry()!, { decimals: DECIMALS }) as Polygon | MultiPolygon;
        this.callbacks.onModified(String(id), geometry);
      }
    });
    this.snap = new Snap({ source: this.snapSource });
    map.addLayer(this.layer);
  }

  /** Turns drawing and editing on (a parcel is being checked) or off. */
  setActive(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    if (active) {
      this.map.addInteraction(this.modify);
    } else {
      this.setDrawing(null);
      this.map.removeInteraction(this.modify);
    }
    this.layer.setVisible(active);
  }

  setPlan(plan: SitePlan): void {
    if (plan === this.plan) return;
    this.plan = plan;
    this.source.clear(true);
    this.source.addFeatures(lonLatGeoJson().readFeatures(plan));
  }

  setDrawing(shape: DrawShape | null): void {
    if (this.draw) {
      this.map.removeInteraction(this.draw);
      this.map.removeInteraction(this.snap);
      this.draw = null;
    }
    if (!shape || !this.active) return;
    this.draw = new Draw({
      type: shape === 'box' ? 'Circle' : 'Polygon',
      ...(shape === 'box' ? { geometryFunction: createBox() } : {}),
      stopClick: true,
    });
    this.draw.on('drawend', (event) => {
      const geometry = lonLatGeoJson().writeGeometryObject(event.feature.getGeometry()!, { decimals: DECIMALS }) as Polygon;
      this.callbacks.onDrawn(geometry);
    });
    this.map.addInteraction(this.draw);
    // Snap goes last so it sees pointer events before Draw does (OL docs, Snap).
    this.map.addInteraction(this.snap);
  }

  isDrawing(): boolean {
    return this.draw !== null;
  }

  setOffending(ids: readonly string[]): void {
    this.offending = new Set(ids);
    this.layer.changed();
  }

  setSelected(id: string | null): void {
    this.selectedId = id;
    this.layer.changed();
  }

  /** The id of the plan feature under a pixel, if any. */
  featureAt(pixel: number[]): string | null {
    if (!this.active) return null;
    const hits = this.map.getFeaturesAtPixel(pixel, { layerFilter: (l) => l === this.layer, hitTolerance: 3 });
    const id = hits[0]?.getId();
    return id === undefined ? null : String(id);
  }

  dispose(): void {
    this.setActive(false);
    this.map.removeLayer(this.layer);
  }

  private styleOf(feature: Feature, resolution: number): Style[] {
    const id = String(feature.getId() ?? '');
    const kind = feature.get('kind') as FeatureKind;
    const color = KIND_COLORS[kind] ?? KIND_COLORS.other;
    const bad = this.offending.has(id);
    const selected = id === this.selectedId;
    const styles = [
      new Style({
        fill: new Fill({ color: `${color}99` }),
        stroke: new Stroke({ color: bad ? '#d7191c' : selected ? '#111111' : color, width: bad || selected ? 3 : 1.5, lineDash: bad ? [6, 4] : undefined }),
        zIndex: bad ? 3 : selected ? 2 : 1,
      }),
    ];
    if (resolution < 2.5) {
      styles.push(
        new Style({
          text: new Text({
            text: bad ? `${id} ⚠` : id,
            font: '600 12px system-ui, sans-serif',
            fill: new Fill({ color: bad ? '#a50f15' : '#111111' }),
            stroke: new Stroke({ color: '#ffffff', width: 3 }),
          }),
        }),
      );
    }
    return styles;
  }
}
