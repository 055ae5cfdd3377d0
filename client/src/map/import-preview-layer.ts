// The features of an import preview on the map, coloured by what the commit would do with them:
// create, update or skip (Okabe–Ito hues, and skip also dashed so it never relies on colour), with
// the selected row's feature drawn on top with a dark outline.
import type { MultiPolygon } from 'geojson';
import type Feature from 'ol/Feature';
import type OlMap from 'ol/Map';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import { Fill, Stroke, Style } from 'ol/style';
import { lonLatGeoJson } from './projections';
import { withAlpha } from './status-palette';

export type PreviewAction = 'create' | 'update' | 'skip';

export const PREVIEW_ACTION_STYLES: Readonly<Record<PreviewAction, { color: string; dashed: boolean }>> = {
  create: { color: '#009E73', dashed: false },
  update: { color: '#0072B2', dashed: false },
  skip: { color: '#D55E00', dashed: true },
};

export interface PreviewShape {
  index: number;
  action: PreviewAction;
  /** EPSG:4490. */
  geometry: MultiPolygon;
}

function styleFor(action: PreviewAction, selected: boolean): Style[] {
  const { color, dashed } = PREVIEW_ACTION_STYLES[action];
  const main = new Style({
    fill: new Fill({ color: withAlpha(color, selected ? 0.55 : 0.35) }),
    stroke: new Stroke({ color, width: 2, lineDash: dashed ? [6, 4] : undefined }),
    zIndex: selected ? 3 : action === 'skip' ? 1 : 2,
  });
  if (!selected) return [main];
  return [new Style({ stroke: new Stroke({ color: '#ffffff', width: 7 }), zIndex: 3 }), new Style({ stroke: new Stroke({ color: '#111111', width: 3 }), zIndex: 3 }), main];
}

export class ImportPreviewLayer {
  readonly layer: VectorLayer;
  private readonly source = new VectorSource();
  private shapes: readonly PreviewShape[] | null = null;
  private selected: number | null = null;
  private readonly styles = new Map<string, Style[]>();

  constructor() {
    this.layer = new VectorLayer({
      source: this.source,
      style: (feature) => this.styleOf(feature as Feature),
      properties: { name: 'import-preview' },
      zIndex: 15,
    });
  }

  setShapes(shapes: readonly PreviewShape[] | null): void {
    if (shapes === this.shapes) return;
    this.shapes = shapes;
    this.source.clear(true);
    if (!shapes || shapes.length === 0) return;
    const features = lonLatGeoJson().readFeatures({
      type: 'FeatureCollection',
      features: shapes.map((s) => ({ type: 'Feature', id: s.index, properties: { action: s.action }, geometry: s.geometry })),
    });
    this.source.addFeatures(features);
  }

  hasShapes(): boolean {
    return this.source.getFeatures().length > 0;
  }

  setSelected(index: number | null): void {
    if (index === this.selected) return;
    this.selected = index;
    this.layer.changed();
  }

  /** The preview feature under a pixel (the smallest, when several overlap). */
  indexAt(map: OlMap, pixel: number[]): number | null {
    const hits = map.getFeaturesAtPixel(pixel, { layerFilter: (l) => l === this.layer, hitTolerance: 2 });
    const id = hits[0]?.getId();
    return typeof id === 'number' ? id : null;
  }

  private styleOf(feature: Feature): Style[] {
    const action = (feature.get('action') as PreviewAction | undefined) ?? 'skip';
    const selected = feature.getId() === this.selected;
    const key = `${action}|${selected}`;
    let style = this.styles.get(key);
    if (!style) {
      style = styleFor(action, selected);
      this.styles.set(key, style);
    }
    return style;
  }
}
