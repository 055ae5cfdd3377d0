// A site plan from a GeoJSON file: read with readPlanUpload (CRS detected; Gauss-Krüger coordinates
// without a zone prefix ask which zone), with the problem said in words. The check tool and a letter's
// completion verification both take plans this way.
import { type ReactNode, useState } from 'react';
import type { SitePlan } from '../../../../server/src/checks';
import { GK_PARAMETERS, type GkSrid } from '../../../../server/src/geo/crs';
import { useI18n } from '../../app/locale';
import { MAX_UPLOAD_BYTES, readPlanUpload } from './plan-upload';

export interface PlanRead {
  plan: SitePlan;
  srid: number;
}

interface Props {
  label: string;
  testId: string;
  /** The plan read from the file, or null when the file was not a plan. */
  onPlan(read: PlanRead | null): void;
  /** What to say once a file is read (how many features, in which CRS); nothing by default. */
  describeRead?(read: PlanRead): ReactNode;
}

export function PlanFileField({ label, testId, onPlan, describeRead }: Props) {
  const { t } = useI18n();
  const [pending, setPending] = useState<{ text: string; candidates: GkSrid[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [read, setRead] = useState<PlanRead | null>(null);

  const apply = (text: string, srid?: number) => {
    const outcome = readPlanUpload(text, srid);
    if (outcome.ok) {
      const next = { plan: outcome.plan, srid: outcome.srid };
      onPlan(next);
      setRead(next);
      setPending(null);
      setProblem(null);
      return;
    }
    onPlan(null);
    setRead(null);
    if (outcome.code === 'AMBIGUOUS_CRS' && outcome.candidates.length > 0) {
      setPending({ text, candidates: outcome.candidates });
      setProblem(null);
    } else {
      setPending(null);
      setProblem(`${t(`inputError.${outcome.code}`)} — ${outcome.message}`);
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      setProblem(t('inputError.PLAN_TOO_MANY_VERTICES'));
      return;
    }
    try {
      apply(await file.text());
    } catch (err) {
      setProblem(t('check.uploadError', { detail: err instanceof Error ? err.message : String(err) }));
    }
  };

  return (
    <div className="plan-upload">
      <label className="field">
        <span>{label}</span>
        <input type="file" accept=".geojson,.json,application/geo+json,application/json" onChange={(e) => void onFile(e.target.files?.[0])} data-testid={testId} />
      </label>
      <p className="fine-print">{t('check.uploadHint')}</p>
      {read && describeRead?.(read)}
      {pending && (
        <fieldset className="crs-choice">
          <legend>{t('check.chooseCrs')}</legend>
          {pending.candidates.map((srid) => (
            <button key={srid} type="button" className="button button-secondary" onClick={() => apply(pending.text, srid)}>
              {t('check.crsOption', { srid, cm: GK_PARAMETERS[srid].centralMeridian })}
            </button>
          ))}
        </fieldset>
      )}
      {problem && (
        <p className="state state-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
