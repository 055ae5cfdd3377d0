// 管控图层: the constraint layers (永久基本农田, 生态保护红线 …) every import, edit and publish is
// checked against: what is loaded, how much it covers, which parcels it touches; upload and delete.
import { useState } from 'react';
import type { Role } from '../../../../server/src/users/roles';
import { useI18n } from '../../app/locale';
import { Empty, ErrorState, errorDetail, Loading } from '../../components/query-state';
import { formatM2, formatMu, formatNumber, m2ToMu } from '../../lib/format';
import { FileDrop } from './file-drop';
import { formatDateTime } from './history-diff';
import { IMPORT_ACCEPT } from './import-options';
import { CONSTRAINT_KINDS, type ConstraintKind, type ConstraintLayer, uploadConstraintLayer } from './staff-api';
import { canManageConstraintLayers } from './staff-permissions';
import { useConstraintLayers, useDeleteConstraintLayer, useRefreshStaffData } from './staff-queries';
import { UploadProblem } from './upload-problem';
import { UploadProgress } from './upload-progress';
import { useUpload } from './use-upload';

function DeleteButton({ layer }: { layer: ConstraintLayer }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteConstraintLayer();
  if (!confirming) {
    return (
      <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(true)}>
        {t('common.remove')}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={t('staff.constraints.confirm', { name: layer.name })}>
      <span>{t('staff.constraints.confirm', { name: layer.name })}</span>
      <button type="button" className="button button-danger button-small" disabled={remove.isPending} onClick={() => remove.mutate(layer.id)}>
        {t('staff.constraints.confirmYes')}
      </button>
      <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(false)}>
        {t('common.cancel')}
      </button>
      {remove.isError && <span className="field-problem">{t('common.error', { detail: errorDetail(remove.error, t('common.networkError')) })}</span>}
    </span>
  );
}

function LayerUpload() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<ConstraintKind>('basic_farmland');
  const [name, setName] = useState('');
  const upload = useUpload<{ id: number; polygons: number; repaired: number }>();
  const refresh = useRefreshStaffData();
  const busy = upload.state.phase === 'sending' || upload.state.phase === 'processing';
  const send = (crs: number | null) => {
    if (!file || name.trim() === '') return;
    void upload.start((o) => uploadConstraintLayer(file, { kind, name: name.trim(), crs }, o)).then((result) => {
      if (!result) return;
      refresh();
      setFile(null);
      setName('');
    });
  };
  return (
    <form
      className="staff-card"
      aria-labelledby="layer-upload-title"
      onSubmit={(e) => {
        e.preventDefault();
        send(null);
      }}
    >
      <h3 id="layer-upload-title">{t('staff.constraints.upload')}</h3>
      <FileDrop file={file} accept={IMPORT_ACCEPT} hint={t('staff.constraints.formats')} onFile={setFile} />
      <div className="field-row">
        <label className="field">
          <span>{t('staff.constraints.kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as ConstraintKind)}>
            {CONSTRAINT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`staff.constraintKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('staff.constraints.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={!file || name.trim() === '' || busy}>
          {t('staff.constraints.submit')}
        </button>
      </div>
      <UploadProgress state={upload.state} onCancel={upload.cancel} />
      {upload.state.phase === 'done' && (
        <p className="state state-success" role="status">
          {t('staff.constraints.uploaded', { polygons: upload.state.result.polygons, repaired: upload.state.result.repaired })}
        </p>
      )}
      {upload.state.phase === 'error' && <UploadProblem error={upload.state.error} onPickCrs={file ? send : undefined} />}
    </form>
  );
}

export function ConstraintLayersScreen({ role }: { role: Role }) {
  const { t, locale } = useI18n();
  const layers = useConstraintLayers();
  const manage = canManageConstraintLayers(role);
  let body;
  if (layers.isPending) body = <Loading />;
  else if (layers.isError) body = <ErrorState error={layers.error} onRetry={() => void layers.refetch()} />;
  else if (layers.data.items.length === 0) body = <Empty>{t('staff.constraints.empty')}</Empty>;
  else {
    body = (
      <div className="table-scroll">
        <table className="data-table staff-table">
          <thead>
            <tr>
              <th scope="col">{t('staff.constraints.name')}</th>
              <th scope="col">{t('staff.constraints.kind')}</th>
              <th scope="col">{t('staff.constraints.polygons')}</th>
              <th scope="col">{t('detail.area')}</th>
              <th scope="col">{t('staff.constraints.touching')}</th>
              <th scope="col">{t('staff.constraints.created')}</th>
              {manage && (
                <th scope="col">
                  <span className="visually-hidden">{t('staff.list.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {layers.data.items.map((layer) => (
              <tr key={layer.id}>
                <th scope="row">{layer.name}</th>
                <td>{t(`staff.constraintKind.${layer.kind}`)}</td>
                <td>{formatNumber(layer.polygonCount, 0)}</td>
                <td>
                  <span className="cell-main">{formatMu(m2ToMu(layer.areaM2), locale)}</span>
                  <span className="cell-sub">{formatM2(layer.areaM2)}</span>
                </td>
                <td>{formatNumber(layer.overlappingParcels, 0)}</td>
                <td>
                  {formatDateTime(layer.createdAt, locale)}
                  <span className="cell-sub">{layer.createdBy}</span>
                </td>
                {manage && (
                  <td>
                    <DeleteButton layer={layer} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <section className="staff-section" aria-labelledby="constraints-heading">
      <header className="section-bar">
        <h2 id="constraints-heading">{t('staff.tab.constraints')}</h2>
      </header>
      <p className="fine-print">{t('staff.constraints.intro')}</p>
      {body}
      {manage && <LayerUpload />}
    </section>
  );
}
