// 承诺书 (staff list): every letter, newest first, filtered by status (URL `status`, repeatable as a
// comma list) and paged; each row opens the letter.
import { useSearchParams } from 'react-router';
import { COMMITMENT_STATUSES, type CommitmentStatus } from '../../../../server/src/commitments/commitment-status';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { Pager } from '../../components/pager';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { formatNumber } from '../../lib/format';
import { useCommitmentList } from './commitment-queries';
import { LettersTable } from './letters-table';

const PAGE_SIZE = 20;

function lettersParams(status: CommitmentStatus | null, page: number): URLSearchParams {
  return new URLSearchParams({ ...(status ? { status } : {}), limit: String(PAGE_SIZE), offset: String((page - 1) * PAGE_SIZE) });
}

export function LettersScreen() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = COMMITMENT_STATUSES.find((s) => s.code === params.get('status'))?.code ?? null;
  const pageText = Number(params.get('page'));
  const page = Number.isInteger(pageText) && pageText >= 1 ? pageText : 1;
  const query = useCommitmentList(lettersParams(status, page));
  const pages = query.data ? Math.max(1, Math.ceil(query.data.total / PAGE_SIZE)) : 1;
  const set = (next: { status?: string | null; page?: number }) => {
    const s = next.status === undefined ? status : next.status;
    setParams({ ...(s ? { status: s } : {}), ...(next.page && next.page > 1 ? { page: String(next.page) } : {}) });
  };

  let body;
  if (query.isPending) body = <Loading />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0) body = <Empty>{t('commitment.list.empty')}</Empty>;
  else {
    body = <LettersTable letters={query.data.items} withEnterprise className="data-table staff-table" testId="letters-table" />;
  }

  return (
    <section className="staff-section" aria-labelledby="letters-heading" aria-busy={query.isFetching || undefined} data-testid="letters-screen">
      <header className="section-bar">
        <h2 id="letters-heading">{t('commitment.list.title')}</h2>
        {query.data && (
          <p className="muted" aria-live="polite" data-testid="letters-total" data-total={query.data.total}>
            {t('commitment.list.total', { total: formatNumber(query.data.total, 0) })}
          </p>
        )}
        <label className="field-inline">
          <span>{t('commitment.status')}</span>
          <select value={status ?? ''} onChange={(e) => set({ status: e.target.value || null, page: 1 })} data-testid="letters-status">
            <option value="">{t('common.all')}</option>
            {COMMITMENT_STATUSES.map((s) => (
              <option key={s.code} value={s.code}>
                {labelOf(s, locale)}
              </option>
            ))}
          </select>
        </label>
      </header>
      {body}
      <Pager page={page} pages={pages} onPage={(p) => set({ page: p })} />
    </section>
  );
}
