// The outline's planar area as it is edited, in m² and 亩, next to the recorded one.
import { useI18n } from '../../app/locale';
import { formatM2, formatMu, formatSigned } from '../../lib/format';
import type { PlanarArea } from './live-area';

export function AreaReadout({ area, recordedM2 }: { area: PlanarArea | null; recordedM2: number }) {
  const { t, locale } = useI18n();
  if (!area) return <p className="area-readout muted">{t('staff.geometry.noArea')}</p>;
  const diff = area.m2 - recordedM2;
  return (
    <div className="area-readout" aria-live="polite" data-testid="live-area" data-m2={area.m2.toFixed(2)}>
      <p>
        <span className="area-main">{formatM2(area.m2)}</span> <span className="muted">({formatMu(area.mu, locale)})</span>
      </p>
      <p className="fine-print">
        {t('detail.areaNote', { srid: area.srid })}
        {Math.abs(diff) >= 0.01 && ` · ${t('staff.geometry.diff', { diff: `${formatSigned(diff)} m²` })}`}
      </p>
      {area.selfIntersecting && (
        <p className="field-problem" role="alert">
          {t('staff.geometry.selfIntersecting')}
        </p>
      )}
    </div>
  );
}
