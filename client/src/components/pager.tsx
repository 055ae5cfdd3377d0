// Previous / page n of m / next, for every paged list; nothing when everything fits on one page.
import { useI18n } from '../app/locale';

export function Pager({ page, pages, onPage, className = 'pager' }: { page: number; pages: number; onPage(page: number): void; className?: string }) {
  const { t } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav className={className} aria-label={t('list.page', { page, pages })}>
      <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('list.previous')}
      </button>
      <span>{t('list.page', { page, pages })}</span>
      <button type="button" className="button button-secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('list.next')}
      </button>
    </nav>
  );
}
