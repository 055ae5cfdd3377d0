// What a commit wrote: links to the new and updated drafts, and the way on (edit them, import more).
import { Link } from 'react-router';
import { useI18n } from '../../app/locale';
import type { CommitResult } from './staff-api';

function CodeLinks({ codes }: { codes: readonly string[] }) {
  return (
    <ul className="code-links">
      {codes.map((code) => (
        <li key={code}>
          <Link to={`/staff/parcels/${encodeURIComponent(code)}`} data-testid={`draft-link-${code}`}>
            {code}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function CommitResultPanel({ result, onAnother }: { result: CommitResult; onAnother(): void }) {
  const { t } = useI18n();
  return (
    <section className="staff-card state-success-card" aria-labelledby="commit-title" data-testid="commit-result" role="status">
      <h3 id="commit-title">{t('staff.commit.done', { created: result.created.length, updated: result.updated.length })}</h3>
      {result.created.length > 0 && (
        <>
          <h4>{t('staff.commit.created')}</h4>
          <CodeLinks codes={result.created} />
        </>
      )}
      {result.updated.length > 0 && (
        <>
          <h4>{t('staff.commit.updated')}</h4>
          <CodeLinks codes={result.updated} />
        </>
      )}
      <p className="fine-print">{t('staff.commit.next')}</p>
      <div className="form-actions">
        <Link className="button button-secondary" to="/staff/drafts">
          {t('staff.commit.toDrafts')}
        </Link>
        <button type="button" className="button button-secondary" onClick={onAnother}>
          {t('staff.commit.another')}
        </button>
      </div>
    </section>
  );
}
