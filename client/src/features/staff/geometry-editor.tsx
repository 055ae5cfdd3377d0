// The parcel's outline on the map, editable: reshape it (drag corners; click an edge to add one,
// Alt+click a corner to delete it) or draw a new one, snapping to the neighbouring parcels and the
// zone boundary; the planar area follows every move.
import type { MultiPolygon, Polygon } from 'geojson';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../app/locale';
import type { Outline, OutlineTool } from '../../map/outline-editor';
import { AreaReadout } from './area-readout';
import { type PlanarArea, planarArea } from './live-area';
import type { StaffParcelDetail } from './staff-api';
import { StaffMapView } from './staff-map-view';
import { useSnapNeighbours } from './staff-queries';
import { useZoneFeatures } from './use-zone-features';

interface Props {
  parcel: StaffParcelDetail;
  geometry: Polygon | MultiPolygon;
  editable: boolean;
  onChange(geometry: Polygon | MultiPolygon): void;
}

export function GeometryEditor({ parcel, geometry, editable, onChange }: Props) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const zones = useZoneFeatures();
  const [tool, setTool] = useState<OutlineTool | null>(editable ? 'modify' : null);
  const [snapping, setSnapping] = useState(true);
  const [live, setLive] = useState<Outline | null>(null);
  const neighbours = useSnapNeighbours(parcel.code, editable ? parcel.bbox : null);
  const zoneOutline = zones.zones.find((z) => z.code === parcel.zone.code)?.geometry ?? null;
  const snapTargets = useMemo(() => (zoneOutline ? [...neighbours, zoneOutline] : neighbours), [neighbours, zoneOutline]);
  const fitTo = useMemo(() => parcel.bbox, [parcel.code]); // fit once per parcel, not after every save
  const changed = geometry !== parcel.geometry;
  // The unchanged outline shows the area of record (PostGIS, from the full-precision geometry); while
  // and after it is edited, the browser measures it the same way.
  const area = useMemo<PlanarArea | null>(
    () => (live === null && !changed ? { m2: parcel.area.m2, mu: parcel.area.mu, srid: parcel.area.gkSrid as 4546 | 4547, selfIntersecting: false } : planarArea(live ?? geometry)),
    [live, geometry, changed, parcel.area],
  );
  const activeTool = editable ? tool : null;

  return (
    <section className="staff-card geometry-editor" aria-labelledby="geometry-title">
      <h3 id="geometry-title">{t('staff.geometry.title')}</h3>
      {editable && (
        <div className="geometry-tools" role="toolbar" aria-label={t('staff.geometry.tools')}>
          <button type="button" className="button button-secondary button-small" aria-pressed={activeTool === 'modify'} onClick={() => setTool('modify')} data-testid="tool-modify">
            {t('staff.geometry.modify')}
          </button>
          <button type="button" className="button button-secondary button-small" aria-pressed={activeTool === 'draw'} onClick={() => setTool('draw')} data-testid="tool-draw">
            {t('staff.geometry.draw')}
          </button>
          <button type="button" className="button button-secondary button-small" aria-pressed={activeTool === null} onClick={() => setTool(null)}>
            {t('staff.geometry.pan')}
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={!changed}
            onClick={() => {
              setLive(null);
              onChange(parcel.geometry);
            }}
          >
            {t('staff.geometry.reset')}
          </button>
          <label className="checkbox">
            <input type="checkbox" checked={snapping} onChange={(e) => setSnapping(e.target.checked)} />
            <span>{t('staff.geometry.snap', { n: neighbours.length })}</span>
          </label>
        </div>
      )}
      {activeTool && <p className="fine-print">{t(activeTool === 'draw' ? 'staff.geometry.drawHint' : 'staff.geometry.modifyHint')}</p>}
      <div className="staff-map-box editor-map">
        <StaffMapView
          label={t('staff.geometry.map')}
          zones={zones.collection}
          fitTo={fitTo}
          outline={geometry}
          tool={activeTool}
          snapping={snapping}
          snapTargets={snapTargets}
          onOutlineLive={setLive}
          // Read-only, a click on a neighbour opens it; while editing, a click never leaves the page.
          onSelectParcel={editable ? undefined : (code) => code !== parcel.code && navigate(`/staff/parcels/${encodeURIComponent(code)}`)}
          onOutlineChanged={(g) => {
            setLive(null);
            onChange(g);
            if (activeTool === 'draw') setTool('modify');
          }}
        />
      </div>
      <AreaReadout area={area} recordedM2={parcel.area.m2} />
    </section>
  );
}
