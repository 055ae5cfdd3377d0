// Parcels as Mapbox Vector Tiles (ol/layer/VectorTile + ol/format/MVT) from the server's TileJSON,
// coloured by status; parcels outside the current filter fade to grey.
import type { FeatureLike } from 'ol/Feature';
import MVT from 'ol/format/MVT';
import VectorTileLayer from 'ol/layer/VectorTile';
import VectorTileSource from 'ol/source/VectorTile';
import { Fill, Stroke, Style } from 'ol/style';
import { createXYZ } from 'ol/tilegrid';
import { get as getProjection } from 'ol/proj';
import { matchesTileParcel, type TileMatch } from './parcel-match';
import { VIEW_PROJECTION } from './projections';
import { statusStyle, withAlpha } from './status-palette';

/** The part of TileJSON 3.0.0 the map reads. */
export interface TileJson {
  tiles: string[];
  minzoom?: number;
  maxzoom?: number;
  attribution?: string;
  vector_layers?: { id: string }[];
}

export interface TileLoadState {
  pending: number;
  loaded: number;
  failed: number;
}

const DIMMED = new Style({
  fill: new Fill({ color: 'rgba(140, 140, 140, 0.12)' }),
  stroke: new Stroke({ color: 'rgba(110, 110, 110, 0.45)', width: 0.75 }),
});

function parcelStyle(status: string, hovered: boolean): Style {
  const { color, dashed } = statusStyle(status);
  return new Style({
    fill: new Fill({ color: withAlpha(color, hovered ? 0.8 : 0.55) }),
    stroke: new Stroke({ color: hovered ? '#1b1b1b' : color, width: hovered ? 2.5 : 1.25, lineDash: dashed ? [4, 3] : undefined }),
    zIndex: hovered ? 2 : 1,
  });
}

export class ParcelTileLayer {
  readonly layer: VectorTileLayer;
  private match: TileMatch | null = null;
  private hoveredId: string | number | undefined;
  private readonly styles = new Map<string, Style>();
  private readonly state: TileLoadState = { pending: 0, loaded: 0, failed: 0 };

  constructor(private readonly onTileState: (state: TileLoadState) => void) {
    this.layer = new VectorTileLayer({
      declutter: false,
      renderMode: 'hybrid',
      style: (feature) => this.styleOf(feature),
      properties: { name: 'parcels' },
    });
  }

  /** Reads the TileJSON and points the layer at its tiles; rejects with the reason when it cannot. */
  async load(tileJsonUrl: string, signal?: AbortSignal): Promise<void> {
    const res = await fetch(tileJsonUrl, { signal, headers: { Accept: 'application/json' } });
    if (!res.ok) throw new Error(`${tileJsonUrl}: HTTP ${res.status}`);
    const tileJson = (await res.json()) as TileJson;
    const url = tileJson.tiles[0];
    if (!url) throw new Error(`${tileJsonUrl} lists no tile URL`);
    const layerName = tileJson.vector_layers?.[0]?.id ?? 'parcels';
    const minZoom = tileJson.minzoom ?? 0;
    // Below the tiles' own minimum the layer stays off: the grid would otherwise fetch its lowest
    // zoom for the whole view (thousands of tiles over a province).
    this.layer.setMinZoom(minZoom);
    const source = new VectorTileSource({
      format: new MVT({ layers: [layerName] }),
      url,
      projection: VIEW_PROJECTION,
      // The server cuts standard XYZ tiles (extent 4096); 512 px per tile halves the requests.
      tileGrid: createXYZ({
        extent: getProjection(VIEW_PROJECTION)?.getExtent(),
        minZoom,
        maxZoom: tileJson.maxzoom ?? 18,
        tileSize: 512,
      }),
      attributions: tileJson.attribution,
      overlaps: false,
    });
    source.on('tileloadstart', () => this.count('pending', 1));
    source.on('tileloadend', () => this.count('loaded', 1));
    source.on('tileloaderror', () => this.count('failed', 1));
    this.layer.setSource(source);
  }

  /** Whether parcels show at this view zoom. */
  visibleAt(zoom: number): boolean {
    return zoom > this.layer.getMinZoom();
  }

  setMatch(match: TileMatch | null): void {
    this.match = match;
    this.layer.changed();
  }

  setHovered(id: string | number | undefined): void {
    if (id === this.hoveredId) return;
    this.hoveredId = id;
    this.layer.changed();
  }

  private count(kind: 'pending' | 'loaded' | 'failed', by: number): void {
    if (kind === 'pending') this.state.pending += by;
    else {
      this.state[kind] += by;
      this.state.pending = Math.max(0, this.state.pending - by);
    }
    this.onTileState({ ...this.state });
  }

  private styleOf(feature: FeatureLike): Style {
    const props = feature.getProperties();
    if (this.match && !matchesTileParcel(this.match, props)) return DIMMED;
    const hovered = this.hoveredId !== undefined && feature.getId() === this.hoveredId;
    const key = `${String(props.status)}|${hovered}`;
    let style = this.styles.get(key);
    if (!style) {
      style = parcelStyle(String(props.status), hovered);
      this.styles.set(key, style);
    }
    return style;
  }
}
