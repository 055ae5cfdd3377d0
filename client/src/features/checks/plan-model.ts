// The site plan the investor builds while checking a parcel: pure functions over an EPSG:4490
// GeoJSON FeatureCollection, so React state, the map and the check engine share one value.
import type { MultiPolygon, Polygon } from 'geojson';
import type { CheckReport } from '../../../../server/src/checks/report';
import { ADMIN_USE, type FeatureKind, type SitePlan, type SitePlanFeature, type SitePlanProperties } from '../../../../server/src/checks/site-plan';

export const EMPTY_PLAN: SitePlan = { type: 'FeatureCollection', features: [] };

/** What the next drawn footprint gets. */
export interface DrawProps {
  kind: FeatureKind;
  floors: number | null;
  heightM: number | null;
  adminUse: boolean;
}

export const DEFAULT_DRAW_PROPS: DrawProps = { kind: 'building', floors: 2, heightM: 12, adminUse: false };

/** Short id prefixes, so a failing feature reads as "B3" on the map and in the report. */
const PREFIX: Record<FeatureKind, string> = {
  building: 'B',
  structure: 'S',
  yard: 'Y',
  green: 'G',
  road: 'R',
  parking: 'P',
  admin_facility: 'A',
  other: 'O',
};

const hasStoreys = (kind: FeatureKind) => kind === 'building' || kind === 'structure';

export function featureIdOf(feature: SitePlanFeature): string {
  return String(feature.id ?? feature.properties.id ?? '');
}

/** B1, B2, … : one more than the highest number used with the kind's prefix. */
export function nextFeatureId(plan: SitePlan, kind: FeatureKind): string {
  const prefix = PREFIX[kind];
  const used = plan.features
    .map(featureIdOf)
    .filter((id) => id.startsWith(prefix))
    .map((id) => Number(id.slice(prefix.length)))
    .filter(Number.isInteger);
  return `${prefix}${Math.max(0, ...used) + 1}`;
}

export function propertiesFor(draw: DrawProps): SitePlanProperties {
  const props: SitePlanProperties = { kind: draw.kind };
  if (hasStoreys(draw.kind)) {
    if (draw.floors !== null) props.floors = draw.floors;
    if (draw.heightM !== null) props.height_m = draw.heightM;
  }
  if (draw.kind === 'building' && draw.adminUse) props.use = ADMIN_USE;
  return props;
}

export function addFeature(plan: SitePlan, geometry: Polygon | MultiPolygon, draw: DrawProps): SitePlan {
  const feature: SitePlanFeature = { type: 'Feature', id: nextFeatureId(plan, draw.kind), properties: propertiesFor(draw), geometry };
  return { ...plan, features: [...plan.features, feature] };
}

function mapFeature(plan: SitePlan, id: string, change: (f: SitePlanFeature) => SitePlanFeature): SitePlan {
  return { ...plan, features: plan.features.map((f) => (featureIdOf(f) === id ? change(f) : f)) };
}

export function replaceGeometry(plan: SitePlan, id: string, geometry: Polygon | MultiPolygon): SitePlan {
  return mapFeature(plan, id, (f) => ({ ...f, geometry }));
}

/** Changes a feature's kind, floors, height or use; storeys are dropped from kinds that have none. */
export function updateProperties(plan: SitePlan, id: string, patch: Partial<SitePlanProperties>): SitePlan {
  return mapFeature(plan, id, (f) => {
    const next: SitePlanProperties = { ...f.properties, ...patch };
    for (const key of Object.keys(patch) as (keyof SitePlanProperties)[]) {
      if (patch[key] === undefined) delete next[key];
    }
    if (!hasStoreys(next.kind)) {
      delete next.floors;
      delete next.height_m;
      delete next.storey_heights_m;
    }
    if (next.kind !== 'building') delete next.use;
    return { ...f, properties: next };
  });
}

export function removeFeature(plan: SitePlan, id: string): SitePlan {
  return { ...plan, features: plan.features.filter((f) => featureIdOf(f) !== id) };
}

/** Features a failing (or erroring) check names: highlighted on the map. */
export function offendingIds(report: CheckReport): string[] {
  const ids = report.results
    .filter((r) => r.status === 'fail' || r.status === 'error')
    .flatMap((r) => [...r.features, ...r.details.flatMap((d) => d.features)]);
  return [...new Set(ids)].sort();
}

export function kindHasStoreys(kind: FeatureKind): boolean {
  return hasStoreys(kind);
}
