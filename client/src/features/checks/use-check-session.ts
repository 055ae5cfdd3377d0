// State of one "will my project fit?" session, held above the map and the check panel because
// both show it. A new parcel starts a new session.
import type { MultiPolygon, Polygon } from 'geojson';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SitePlan } from '../../../../server/src/checks/site-plan';
import type { MapViewProps } from '../../map/map-view';
import type { DrawShape } from '../../map/plan-editor';
import type { FiguresDraft } from './figures';
import { addFeature, DEFAULT_DRAW_PROPS, type DrawProps, EMPTY_PLAN, replaceGeometry } from './plan-model';

export interface CheckSession {
  plan: SitePlan;
  setPlan(plan: SitePlan): void;
  figures: FiguresDraft;
  setFigures(figures: FiguresDraft): void;
  draw: DrawProps;
  setDraw(draw: DrawProps): void;
  shape: DrawShape;
  setShape(shape: DrawShape): void;
  drawing: boolean;
  setDrawing(drawing: boolean): void;
  selectedFeature: string | null;
  selectFeature(id: string | null): void;
  offending: string[];
  setOffending(ids: string[]): void;
  onDrawn(geometry: Polygon): void;
  onModified(id: string, geometry: Polygon | MultiPolygon): void;
}

export function useCheckSession(parcelCode: string | null): CheckSession {
  const [plan, setPlan] = useState<SitePlan>(EMPTY_PLAN);
  const [figures, setFigures] = useState<FiguresDraft>({});
  const [draw, setDraw] = useState<DrawProps>(DEFAULT_DRAW_PROPS);
  const [shape, setShape] = useState<DrawShape>('box');
  const [drawing, setDrawing] = useState(false);
  const [selectedFeature, selectFeature] = useState<string | null>(null);
  const [offending, setOffendingState] = useState<string[]>([]);

  useEffect(() => {
    setPlan(EMPTY_PLAN);
    setFigures({});
    setDrawing(false);
    selectFeature(null);
    setOffendingState([]);
  }, [parcelCode]);

  const setOffending = useCallback((ids: string[]) => {
    setOffendingState((current) => (current.join('\u0000') === ids.join('\u0000') ? current : ids));
  }, []);
  const onDrawn = useCallback((geometry: Polygon) => setPlan((current) => addFeature(current, geometry, draw)), [draw]);
  const onModified = useCallback((id: string, geometry: Polygon | MultiPolygon) => setPlan((current) => replaceGeometry(current, id, geometry)), []);

  return useMemo(
    () => ({ plan, setPlan, figures, setFigures, draw, setDraw, shape, setShape, drawing, setDrawing, selectedFeature, selectFeature, offending, setOffending, onDrawn, onModified }),
    [plan, figures, draw, shape, drawing, selectedFeature, offending, setOffending, onDrawn, onModified],
  );
}

type PlanMapProps = Pick<MapViewProps, 'mode' | 'plan' | 'drawing' | 'offending' | 'selectedPlanFeature' | 'onPlanDrawn' | 'onPlanModified' | 'onSelectPlanFeature'>;

/** What the map shows of a session: the plan while checking (and the shape being drawn), else browsing. */
export function planMapProps(session: CheckSession, checking: boolean): PlanMapProps {
  return {
    mode: checking ? 'plan' : 'browse',
    plan: session.plan,
    drawing: checking && session.drawing ? session.shape : null,
    offending: session.offending,
    selectedPlanFeature: session.selectedFeature,
    onPlanDrawn: session.onDrawn,
    onPlanModified: session.onModified,
    onSelectPlanFeature: session.selectFeature,
  };
}
