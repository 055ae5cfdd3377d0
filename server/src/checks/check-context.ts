// Everything a single check may read, computed once per run.
import type { ProjectFigures } from './check-request.schema';
import type { FeatureContainment } from './containment';
import type { FloorAreaSummary } from './floor-area';
import type { Measure } from './measure';
import type { PlanarScene } from './planar-scene';
import type { WarningCode } from './reasons';
import type { CheckWarning } from './report';
import type { SiteAreas } from './site-areas';

export interface CheckContext {
  scene: PlanarScene;
  parcelAreaM2: number;
  parcelMu: number;
  figures: ProjectFigures;
  planEmpty: boolean;
  areas: SiteAreas;
  floorAreas: (doubleCountTallStoreys: boolean) => Measure<FloorAreaSummary>;
  containment: ReadonlyMap<string, Measure<FeatureContainment>>;
  warnings: CheckWarning[];
}

export function warn(ctx: CheckContext, code: WarningCode, message: string, features: string[] = []): void {
  ctx.warnings.push({ code, message, features });
}
