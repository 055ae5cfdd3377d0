// The staff screens' map: the atlas map (basemap, zones, parcel tiles in every workflow state for
// staff, selection) plus an import preview layer and an outline editor. A plain class like its
// parent: React feeds it through setters and hears back through callbacks.
import type { MultiPolygon, Polygon } from 'geojson';
import { AtlasMap } from './atlas-map';
import { ImportPreviewLayer, type PreviewShape } from './import-preview-layer';
import { type Outline, OutlineEditor, type OutlineTool } from './outline-editor';

export interface StaffMapCallbacks {
  onLayerError(message: string): void;
  /** A parcel of the tiles was clicked (outside editing and previews). */
  onSelectParcel(code: string): void;
  /** A preview feature was clicked on the map, or empty map (null). */
  onSelectPreview(index: number | null): void;
  onOutlineLive(geometry: Outline): void;
  onOutlineChanged(geometry: Outline): void;
}

const ignore = () => undefined;

export class StaffMap extends AtlasMap {
  private readonly preview: ImportPreviewLayer;
  private readonly outline: OutlineEditor;

  constructor(
    target: HTMLElement,
    tileJsonUrl: string,
    private readonly staff: StaffMapCallbacks,
  ) {
    super(target, tileJsonUrl, {
      onMoveEnd: ignore,
      onHover: ignore,
      onSelectParcel: (code) => staff.onSelectParcel(code),
      onSelectPlanFeature: ignore,
      onDrawn: ignore,
      onModified: ignore,
      onLayerError: (message) => staff.onLayerError(message),
      onOnlineBasemapFailed: ignore,
    });
    this.preview = new ImportPreviewLayer();
    this.map.addLayer(this.preview.layer);
    this.outline = new OutlineEditor(this.map, {
      onOutlineLive: (geometry) => staff.onOutlineLive(geometry),
      onOutlineChanged: (geometry) => staff.onOutlineChanged(geometry),
    });
  }

  setPreview(shapes: readonly PreviewShape[] | null): void {
    this.preview.setShapes(shapes);
  }

  setPreviewSelected(index: number | null): void {
    this.preview.setSelected(index);
  }

  setOutline(geometry: Polygon | MultiPolygon | null): void {
    this.outline.setOutline(geometry);
  }

  setOutlineTool(tool: OutlineTool | null): void {
    this.outline.setTool(tool);
    this.map.getTargetElement()?.classList.toggle('map-editing', tool !== null);
  }

  setSnapping(snapping: boolean): void {
    this.outline.setSnapping(snapping);
  }

  setSnapTargets(geometries: readonly Outline[]): void {
    this.outline.setSnapTargets(geometries);
  }

  removeLastPoint(): void {
    this.outline.removeLastPoint();
  }

  abortDrawing(): void {
    this.outline.abortDrawing();
  }

  override dispose(): void {
    this.outline.dispose();
    super.dispose();
  }

  protected override handleClick(pixel: number[]): void {
    // While reshaping or drawing, a click belongs to the editor, never to a selection or a zoom.
    if (this.outline.isEditing()) return;
    if (this.preview.hasShapes()) {
      this.staff.onSelectPreview(this.preview.indexAt(this.map, pixel));
      return;
    }
    super.handleClick(pixel);
  }

  protected override hoverAt(pixel: [number, number]): void {
    if (this.outline.isEditing()) return;
    super.hoverAt(pixel);
  }
}
