// The preview, one row per feature of the file: what the commit will do with it and why. A row is
// chosen with a click, Enter or Space; the map highlights and zooms to it, and a click on the map
// chooses the row (turning to its page).
import { type KeyboardEvent, useEffect, useState } from 'react';
import { useI18n } from '../../app/locale';
import { Empty } from '../../components/query-state';
import { formatM2, formatMu, m2ToMu } from '../../lib/format';
import { ActionChip } from './action-chip';
import { IssueList } from './issue-list';
import type { PreviewFeature } from './staff-api';
import { Pager } from '../../components/pager';

const ROWS_PER_PAGE = 100;

interface Props {
  features: readonly PreviewFeature[];
  selected: number | null;
  onSelect(index: number): void;
}

export function PreviewTable({ features, selected, onSelect }: Props) {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(features.length / ROWS_PER_PAGE));

  // A feature chosen on the map may sit on another page.
  useEffect(() => {
    const at = features.findIndex((f) => f.index === selected);
    if (at >= 0) setPage(Math.floor(at / ROWS_PER_PAGE) + 1);
  }, [selected, features]);
  useEffect(() => {
    if (page > pages) setPage(pages);
  }, [page, pages]);

  if (features.length === 0) return <Empty>{t('staff.preview.emptyFilter')}</Empty>;
  const rows = features.slice((page - 1) * ROWS_PER_PAGE, page * ROWS_PER_PAGE);
  const onKey = (event: KeyboardEvent, index: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(index);
    }
  };

  return (
    <>
      <div className="table-scroll preview-scroll">
        <table className="data-table staff-table preview-table" data-testid="preview-table" aria-rowcount={features.length}>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('staff.preview.code')}</th>
              <th scope="col">{t('staff.preview.name')}</th>
              <th scope="col">{t('staff.preview.action')}</th>
              <th scope="col">{t('detail.area')}</th>
              <th scope="col">{t('staff.preview.issues')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr
                key={f.index}
                tabIndex={0}
                aria-selected={f.index === selected}
                className="selectable-row"
                data-index={f.index}
                data-action={f.action}
                onClick={() => onSelect(f.index)}
                onKeyDown={(e) => onKey(e, f.index)}
              >
                <td>{f.index}</td>
                <td className="nowrap">{f.code ?? t('common.none')}</td>
                <td>{f.name ?? t('common.none')}</td>
                <td>
                  <ActionChip action={f.action} />
                </td>
                <td className="nowrap">
                  {f.areaM2 === null ? (
                    t('common.none')
                  ) : (
                    <>
                      <span className="cell-main">{formatMu(m2ToMu(f.areaM2), locale)}</span>
                      <span className="cell-sub">{formatM2(f.areaM2)}</span>
                    </>
                  )}
                </td>
                <td>
                  <IssueList issues={f.issues} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={page} pages={pages} onPage={setPage} />
    </>
  );
}
