// "Will my project fit?" (核验工具): draw or upload a site plan on the selected parcel, enter the
// project's figures, and see every indicator checked live by the same engine the server runs
// (server/src/checks), in the browser. "Save as record" asks the server to check and keep it.
import { useDeferredValue, useEffect, useMemo } from 'react';
import { type CheckParcel, runChecks, type CheckInputError } from '../../../../server/src/checks';
import { FEATURE_KINDS, type FeatureKind } from '../../../../server/src/checks/site-plan';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import type { ParcelDetail } from '../../lib/api-types';
import { CheckResults } from './check-results';
import { figuresFromDraft, figuresNeeded } from './figures';
import { FiguresFieldset } from './figures-fieldset';
import { featureIdOf, kindHasStoreys, offendingIds, removeFeature, updateProperties } from './plan-model';
import { PlanFileField } from './plan-file-field';
import { SaveRecord } from './save-record';
import type { CheckSession } from './use-check-session';

interface Props {
  parcel: ParcelDetail;
  session: CheckSession;
  onClose(): void;
  onSignIn(): void;
}

function checkParcelOf(parcel: ParcelDetail): CheckParcel {
  return {
    code: parcel.code,
    geometry: parcel.geometry,
    indicators: parcel.indicators,
    planningHeightLimitM: parcel.planning.heightLimitM,
    planningSetbackM: parcel.planning.setbackM,
  };
}

const optionalNumber = (text: string): number | null => {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
};

function InputErrorNote({ error }: { error: CheckInputError }) {
  const { t } = useI18n();
  return (
    <div className="state state-error" role="alert" data-testid="check-input-error">
      <p>{t('check.inputError', { message: t(`inputError.${error.code}`) })}</p>
      <p className="fine-print">
        {error.message}
        {error.features.length > 0 && ` (${error.features.join(', ')})`}
      </p>
    </div>
  );
}

function DrawControls({ session }: { session: CheckSession }) {
  const { t, locale } = useI18n();
  const { draw, setDraw, shape, setShape, drawing, setDrawing } = session;
  const storeys = kindHasStoreys(draw.kind);
  return (
    <fieldset className="draw-controls">
      <legend>{t('check.drawTitle')}</legend>
      <div className="field-row">
        <label className="field">
          <span>{t('check.kind')}</span>
          <select value={draw.kind} onChange={(e) => setDraw({ ...draw, kind: e.target.value as FeatureKind })} data-testid="draw-kind">
            {FEATURE_KINDS.map((k) => (
              <option key={k.code} value={k.code}>
                {labelOf(k, locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('check.shape')}</span>
          <select value={shape} onChange={(e) => setShape(e.target.value === 'polygon' ? 'polygon' : 'box')}>
            <option value="box">{t('check.shapeBox')}</option>
            <option value="polygon">{t('check.shapePolygon')}</option>
          </select>
        </label>
      </div>
      {storeys && (
        <div className="field-row">
          <label className="field field-number">
            <span>{t('check.floors')}</span>
            <input
              type="number"
              min={1}
              step={1}
              value={draw.floors ?? ''}
              onChange={(e) => setDraw({ ...draw, floors: optionalNumber(e.target.value) })}
              data-testid="draw-floors"
            />
          </label>
          <label className="field field-number">
            <span>{t('check.heightM')}</span>
            <input type="number" min={0} step="any" value={draw.heightM ?? ''} onChange={(e) => setDraw({ ...draw, heightM: optionalNumber(e.target.value) })} data-testid="draw-height" />
          </label>
        </div>
      )}
      {draw.kind === 'building' && (
        <label className="checkbox">
          <input type="checkbox" checked={draw.adminUse} onChange={(e) => setDraw({ ...draw, adminUse: e.target.checked })} />
          <span>{t('check.adminUse')}</span>
        </label>
      )}
      <button type="button" className={drawing ? 'button button-active' : 'button'} aria-pressed={drawing} onClick={() => setDrawing(!drawing)} data-testid="draw-toggle">
        {drawing ? t('check.stopDrawing') : t('check.draw')}
      </button>
      {drawing && <p className="fine-print" role="status">{t('check.drawingHint')}</p>}
    </fieldset>
  );
}

function FeatureList({ session }: { session: CheckSession }) {
  const { t, locale } = useI18n();
  const { plan, setPlan, selectedFeature, selectFeature, offending } = session;
  if (plan.features.length === 0) return <p className="state state-empty">{t('check.noFeatures')}</p>;
  return (
    <ul className="plan-features">
      {plan.features.map((feature) => {
        const id = featureIdOf(feature);
        const p = feature.properties;
        const storeys = kindHasStoreys(p.kind);
        return (
          <li key={id} className={offending.includes(id) ? 'plan-feature plan-feature-bad' : 'plan-feature'} aria-current={id === selectedFeature ? 'true' : undefined}>
            <button type="button" className="plan-feature-id" onClick={() => selectFeature(id === selectedFeature ? null : id)} aria-pressed={id === selectedFeature}>
              {id}
              {offending.includes(id) && <span aria-label="!"> ⚠</span>}
            </button>
            <select aria-label={`${id} ${t('check.kind')}`} value={p.kind} onChange={(e) => setPlan(updateProperties(plan, id, { kind: e.target.value as FeatureKind }))}>
              {FEATURE_KINDS.map((k) => (
                <option key={k.code} value={k.code}>
                  {labelOf(k, locale)}
                </option>
              ))}
            </select>
            {storeys && (
              <>
                <input
                  type="number"
                  min={1}
                  step={1}
                  aria-label={`${id} ${t('check.floors')}`}
                  title={t('check.floors')}
                  value={p.floors ?? ''}
                  onChange={(e) => setPlan(updateProperties(plan, id, { floors: optionalNumber(e.target.value) ?? undefined }))}
                />
                <input
                  type="number"
                  min={0}
                  step="any"
                  aria-label={`${id} ${t('check.heightM')}`}
                  title={t('check.heightM')}
                  value={p.height_m ?? ''}
                  onChange={(e) => setPlan(updateProperties(plan, id, { height_m: optionalNumber(e.target.value) ?? undefined }))}
                />
              </>
            )}
            <button type="button" className="icon-button" aria-label={`${t('common.remove')} ${id}`} onClick={() => setPlan(removeFeature(plan, id))}>
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export default function CheckTool({ parcel, session, onClose, onSignIn }: Props) {
  const { t } = useI18n();
  const checkParcel = useMemo(() => checkParcelOf(parcel), [parcel]);
  const figureNames = useMemo(() => figuresNeeded(parcel.indicators), [parcel.indicators]);
  const figures = useMemo(() => figuresFromDraft(session.figures), [session.figures]);
  // Live: every change of plan or figures runs the engine again (milliseconds for a drawn plan; a
  // large uploaded plan takes longer, so typing stays ahead of it through deferred values).
  const plan = useDeferredValue(session.plan);
  const deferredFigures = useDeferredValue(figures);
  const outcome = useMemo(() => runChecks(checkParcel, plan, deferredFigures, { planSrid: 4490 }), [checkParcel, plan, deferredFigures]);
  const { setOffending } = session;

  useEffect(() => {
    setOffending(outcome.ok ? offendingIds(outcome.report) : outcome.error.features);
  }, [outcome, setOffending]);

  return (
    <div className="check-tool">
      <header className="detail-header">
        <div>
          <p className="eyebrow">{parcel.name}</p>
          <h2 id="detail-title">{t('check.title', { code: parcel.code })}</h2>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('check.close')}>
          ×
        </button>
      </header>
      <p className="fine-print">{t('check.intro')}</p>
      {outcome.ok && (
        <p className={`check-summary verdict-${outcome.report.verdict}`}>
          <span>
            {t('check.summary', {
              verdict: t(`verdict.${outcome.report.verdict}`),
              fail: outcome.report.results.filter((r) => r.blocking && r.status === 'fail').length,
              missing: outcome.report.results.filter((r) => r.status === 'not_provided').length,
            })}
          </span>
          <a href="#results-title">{t('check.toResults')}</a>
        </p>
      )}
      <DrawControls session={session} />
      <PlanFileField label={t('check.upload')} testId="plan-upload" onPlan={(read) => read && session.setPlan(read.plan)} />
      <section aria-labelledby="plan-title">
        <div className="section-head">
          <h3 id="plan-title">{t('check.features', { n: session.plan.features.length })}</h3>
          {session.plan.features.length > 0 && (
            <button type="button" className="link-button" onClick={() => session.setPlan({ type: 'FeatureCollection', features: [] })}>
              {t('check.clearPlan')}
            </button>
          )}
        </div>
        <FeatureList session={session} />
      </section>
      {figureNames.length > 0 && <FiguresFieldset names={figureNames} figures={session.figures} onChange={session.setFigures} />}
      <section aria-labelledby="results-title" className="results-section">
        <h3 id="results-title">{t('check.results')}</h3>
        {outcome.ok ? <CheckResults report={outcome.report} /> : <InputErrorNote error={outcome.error} />}
      </section>
      <SaveRecord parcel={parcel} plan={plan} figures={deferredFigures} ready={outcome.ok && plan.features.length > 0} onSignIn={onSignIn} />
    </div>
  );
}
