// Up to three parcels side by side; indicator rows aligned by key in the shared catalogue order,
// so "容积率" sits on one line whatever order each parcel lists it in.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { INDICATORS } from '../../../../server/src/domain/indicators';
import { LAND_USES } from '../../../../server/src/domain/land-use';
import { SUPPLY_METHODS } from '../../../../server/src/domain/parcel-status';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { Dialog } from '../../components/dialog';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import type { ParcelDetail } from '../../lib/api-types';
import { boundDigits, describeBound, formatMu, formatWanYuan } from '../../lib/format';
import { useParcels } from '../../lib/queries';
import { StatusBadge } from '../parcels/status-badge';

interface Props {
  open: boolean;
  codes: readonly string[];
  onClose(): void;
  onRemove(code: string): void;
  onClear(): void;
  onOpen(code: string): void;
}

function Cell({ query, render }: { query: UseQueryResult<ParcelDetail>; render(parcel: ParcelDetail): ReactNode }) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{render(query.data)}</>;
}

export function CompareDialog({ open, codes, onClose, onRemove, onClear, onOpen }: Props) {
  const { t, locale } = useI18n();
  const queries = useParcels(open ? codes : []);
  const loaded = queries.flatMap((q) => (q.data ? [q.data] : []));
  const keys = INDICATORS.filter((d) => loaded.some((p) => p.indicators.some((i) => i.key === d.key)));

  const rows: { label: string; render(parcel: ParcelDetail): ReactNode }[] = [
    { label: t('detail.status'), render: (p) => <StatusBadge status={p.status} /> },
    { label: t('detail.zone'), render: (p) => p.zone.name },
    { label: t('detail.area'), render: (p) => formatMu(p.area.mu, locale) },
    { label: t('detail.landUse'), render: (p) => labelOf(LAND_USES.find((l) => l.code === p.landUseCode) ?? { labelZh: p.landUseCode, labelEn: p.landUseCode }, locale) },
    {
      label: t('detail.supplyMethod'),
      render: (p) => {
        const s = SUPPLY_METHODS.find((m) => m.code === p.supplyMethod);
        return s ? labelOf(s, locale) : t('common.none');
      },
    },
    { label: t('detail.reservePrice'), render: (p) => (p.reservePriceWanYuan === null ? t('common.none') : formatWanYuan(p.reservePriceWanYuan, locale)) },
    ...keys.map((d) => ({
      label: labelOf(d, locale),
      render: (p: ParcelDetail) => {
        const indicator = p.indicators.find((i) => i.key === d.key);
        return indicator ? describeBound(indicator, d.unit, locale, boundDigits(d.key)).symbol : <span className="muted">{t('compare.notStated')}</span>;
      },
    })),
  ];

  return (
    <Dialog title={t('compare.title')} open={open} onClose={onClose} wide>
      {codes.length === 0 ? (
        <Empty>{t('compare.empty')}</Empty>
      ) : (
        <div className="compare-scroll">
          <table className="data-table compare-table">
            <thead>
              <tr>
                <td />
                {codes.map((code, i) => (
                  <th key={code} scope="col">
                    <button type="button" className="link-button" onClick={() => onOpen(code)}>
                      {queries[i]?.data?.name ?? code}
                    </button>
                    <span className="fine-print">{code}</span>
                    <button type="button" className="link-button" onClick={() => onRemove(code)}>
                      {t('common.remove')}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {codes.map((code, i) => (
                    <td key={code}>{queries[i] && <Cell query={queries[i]} render={row.render} />}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="button button-secondary" onClick={onClear}>
            {t('compare.clear')}
          </button>
        </div>
      )}
    </Dialog>
  );
}
