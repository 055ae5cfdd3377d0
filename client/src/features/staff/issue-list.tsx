// The issues of one previewed feature (or of the whole file): severity, the message in the reader's
// language, and its specifics.
import { useI18n } from '../../app/locale';
import { issueDetail, messageIn } from './preview-summary';
import type { PreviewIssue } from './staff-api';

export function IssueList({ issues }: { issues: readonly PreviewIssue[] }) {
  const { t, locale } = useI18n();
  if (issues.length === 0) return <span className="muted">{t('staff.preview.noIssues')}</span>;
  return (
    <ul className="issue-list">
      {issues.map((issue, i) => {
        const detail = issueDetail(issue, locale);
        return (
          <li key={`${issue.code}-${i}`} className={`issue issue-${issue.severity}`} data-issue={issue.code}>
            <span className={`severity severity-${issue.severity}`}>{t(issue.severity === 'error' ? 'staff.severity.error' : 'staff.severity.warning')}</span>
            <span className="issue-message">{messageIn(issue.message, locale)}</span>
            {detail && <span className="issue-detail">{detail}</span>}
          </li>
        );
      })}
    </ul>
  );
}
