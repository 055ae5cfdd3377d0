// What the server made of the file (format, CRS and where it came from, text encoding), with the
// way to tell it otherwise and upload the same file again.
import { useState } from 'react';
import { useI18n } from '../../app/locale';
import { crsLabel } from './import-options';
import { ImportOptionsFields } from './import-options-fields';
import type { DetectedSource, ImportOptions } from './staff-api';

interface Props {
  detected: DetectedSource;
  repair: boolean;
  /** The file is still in this tab (it is not after a reload): re-upload is possible. */
  canReupload: boolean;
  busy: boolean;
  onReupload(options: ImportOptions): void;
}

export function DetectedSourcePanel({ detected, repair, canReupload, busy, onReupload }: Props) {
  const { t, locale } = useI18n();
  const [options, setOptions] = useState<ImportOptions>({ crs: detected.crs, encoding: detected.encoding, repair });
  const changed = options.crs !== detected.crs || options.encoding !== detected.encoding || options.repair !== repair;
  return (
    <section className="staff-card" aria-labelledby="detected-title">
      <h3 id="detected-title">{t('staff.detected.title')}</h3>
      <dl className="facts facts-compact detected" data-testid="detected">
        <div className="fact">
          <dt>{t('staff.detected.format')}</dt>
          <dd data-format={detected.format}>{t(`staff.format.${detected.format}`)}</dd>
        </div>
        <div className="fact">
          <dt>{t('staff.detected.crs')}</dt>
          <dd data-crs={detected.crs ?? undefined}>
            {detected.crs === null ? t('common.none') : crsLabel(detected.crs, locale)}
            {detected.crsSource && <span className="fine-print">{t(`staff.crsSource.${detected.crsSource}`)}</span>}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('staff.detected.encoding')}</dt>
          <dd>{detected.encoding ?? t('common.none')}</dd>
        </div>
      </dl>
      <details className="override">
        <summary>{t('staff.detected.override')}</summary>
        <ImportOptionsFields options={options} onChange={setOptions} idPrefix="override" />
        {!canReupload && <p className="fine-print">{t('staff.detected.fileGone')}</p>}
        <button type="button" className="button button-secondary" disabled={!canReupload || !changed || busy} onClick={() => onReupload(options)}>
          {t('staff.detected.reupload')}
        </button>
      </details>
    </section>
  );
}
