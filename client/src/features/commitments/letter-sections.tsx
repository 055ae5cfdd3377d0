// The read-only parts of a letter: parties, committed indicators against the parcel's, deadlines with
// their reminders, the status timeline and the signed text.
import { Link } from 'react-router';
import { INDICATORS } from '../../../../server/src/domain/indicators';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { Fact } from '../../components/fact';
import { boundDigits, describeBound, withUnit } from '../../lib/format';
import { StatusBadge } from '../parcels/status-badge';
import { formatLongDate } from '../sheet/long-date';
import { formatDateTime } from '../staff/history-diff';
import { type CommitmentView, enterprisePath, type LetterIndicator, parcelPath, type VerificationResult } from './commitment-api';
import { ReminderChip } from './reminder-chip';
import { sortReminders } from './reminder-order';

type Milestone = 'start' | 'completion' | 'output';

export function LetterParties({ letter }: { letter: CommitmentView }) {
  const { t } = useI18n();
  const e = letter.enterprise;
  return (
    <section className="letter-section" aria-labelledby="parties-title">
      <h3 id="parties-title">{t('commitment.parties')}</h3>
      <div className="parties">
        <dl className="facts facts-compact" data-testid="party-enterprise">
          <Fact label={t('commitment.enterprise')}>
            <Link to={enterprisePath(e.uscc)}>{e.name}</Link>
          </Fact>
          <Fact label={t('commitment.uscc')}>
            <code>{e.uscc}</code>
          </Fact>
          {e.legalRepresentative !== undefined && <Fact label={t('commitment.legalRepresentative')}>{e.legalRepresentative}</Fact>}
          {e.contactName !== undefined && (
            <Fact label={t('commitment.contact')}>
              {e.contactName || '—'} {e.contactPhone}
            </Fact>
          )}
        </dl>
        <dl className="facts facts-compact" data-testid="party-authority">
          <Fact label={t('commitment.authority')}>{letter.authority.name}</Fact>
          <Fact label={t('commitment.parcel')}>
            <Link to={parcelPath(letter.parcel.code)}>
              {letter.parcel.code} {letter.parcel.name}
            </Link>{' '}
            <StatusBadge status={letter.parcel.status} />
          </Fact>
          <Fact label={t('detail.zone')}>{letter.parcel.zoneName}</Fact>
        </dl>
        <dl className="facts facts-compact" data-testid="party-project">
          <Fact label={t('commitment.project')}>{letter.project.name}</Fact>
          <Fact label={t('commitment.projectCode')}>
            <code>{letter.project.code}</code>
          </Fact>
          <Fact label={t('commitment.industryCode')}>{letter.project.industryCode ?? '—'}</Fact>
        </dl>
      </div>
    </section>
  );
}

/** The newest verification result for each indicator key. */
function latestResults(letter: CommitmentView): Map<string, VerificationResult> {
  const latest = new Map<string, VerificationResult>();
  for (const v of [...letter.verifications].sort((a, b) => a.verifiedAt.localeCompare(b.verifiedAt))) {
    for (const r of v.results) latest.set(r.key, r);
  }
  return latest;
}

function bound(i: LetterIndicator, which: 'parcel' | 'committed', locale: 'zh' | 'en') {
  const values = which === 'parcel' ? { value: i.parcelValue, valueMax: i.parcelValueMax, textValue: i.parcelTextValue } : i;
  const comparator = i.comparator as 'min' | 'max' | 'range' | 'eq';
  return describeBound({ comparator, value: values.value, valueMax: values.valueMax, textValue: values.textValue }, i.unit, locale, boundDigits(i.key));
}

export function LetterIndicators({ letter }: { letter: CommitmentView }) {
  const { t, locale } = useI18n();
  const latest = latestResults(letter);
  if (letter.indicators.length === 0) return <p className="state state-empty">{t('detail.noIndicators')}</p>;
  return (
    <section className="letter-section" aria-labelledby="letter-indicators-title">
      <h3 id="letter-indicators-title">{t('commitment.indicators')}</h3>
      <div className="table-scroll">
        <table className="data-table" data-testid="letter-indicators">
          <thead>
            <tr>
              <th scope="col">{t('detail.indicator')}</th>
              <th scope="col">{t('commitment.parcelRequirement')}</th>
              <th scope="col">{t('commitment.committedValue')}</th>
              <th scope="col">{t('commitment.stage')}</th>
              <th scope="col">{t('commitment.latestCheck')}</th>
            </tr>
          </thead>
          <tbody>
            {letter.indicators.map((i) => {
              const definition = INDICATORS.find((d) => d.key === i.key);
              const parcel = bound(i, 'parcel', locale);
              const committed = bound(i, 'committed', locale);
              const stricter = parcel.symbol !== committed.symbol;
              const result = latest.get(i.key);
              return (
                <tr key={i.key} data-indicator={i.key}>
                  <th scope="row">{definition ? labelOf(definition, locale) : i.labelZh}</th>
                  <td title={parcel.words}>{parcel.symbol}</td>
                  <td title={committed.words}>
                    {committed.symbol}
                    {stricter && <span className="fine-print stricter-note">{t('commitment.stricter')}</span>}
                  </td>
                  <td>{t(`commitment.stage.${i.stage}`)}</td>
                  <td>
                    {result ? (
                      <span className={`result-badge result-badge-${result.status}`}>
                        {result.actual === null ? '—' : withUnit(result.actual, result.unit, locale)} · {t(`resultStatus.${result.status}`)}
                      </span>
                    ) : (
                      <span className="muted">{t('commitment.notVerified')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function stagePassed(letter: CommitmentView, stage: 'completion' | 'output') {
  return letter.verifications.find((v) => v.stage === stage && v.passed) ?? null;
}

export function LetterDeadlines({ letter }: { letter: CommitmentView }) {
  const { t, locale } = useI18n();
  const rows: { milestone: Milestone; due: string; done: string | null }[] = [
    { milestone: 'start', due: letter.deadlines.startBy, done: null },
    { milestone: 'completion', due: letter.deadlines.completeBy, done: stagePassed(letter, 'completion')?.verifiedAt ?? null },
    { milestone: 'output', due: letter.deadlines.outputBy, done: stagePassed(letter, 'output')?.verifiedAt ?? null },
  ];
  const reminders = sortReminders(letter.reminders);
  const rectification = reminders.filter((r) => r.milestone === 'rectification');
  return (
    <section className="letter-section" aria-labelledby="deadlines-title">
      <h3 id="deadlines-title">{t('commitment.deadlines')}</h3>
      <table className="data-table" data-testid="letter-deadlines">
        <tbody>
          {rows.map((row) => {
            const reminder = reminders.find((r) => r.milestone === row.milestone);
            return (
              <tr key={row.milestone} data-milestone={row.milestone}>
                <th scope="row">{t(`commitment.milestone.${row.milestone}`)}</th>
                <td>{formatLongDate(row.due, locale)}</td>
                <td>
                  {row.done ? (
                    <span className="result-badge result-badge-pass">✓ {t('commitment.milestoneDone', { at: formatDateTime(row.done, locale) })}</span>
                  ) : reminder ? (
                    <ReminderChip reminder={reminder} />
                  ) : null}
                </td>
              </tr>
            );
          })}
          {rectification.map((r) => (
            <tr key={`rect-${r.due}`} data-milestone="rectification">
              <th scope="row">{t('commitment.milestone.rectification')}</th>
              <td>{formatLongDate(r.due, locale)}</td>
              <td>
                <ReminderChip reminder={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="fine-print">{t('commitment.deadlinesNote')}</p>
    </section>
  );
}

const TIMELINE_MARK: Record<string, string> = {
  created: '✎', signed: '✍', in_force: '●', verified: '✓', rectify: '↻', fulfilled: '★', breached: '✗', terminated: '⊘',
};

export function LetterTimeline({ letter }: { letter: CommitmentView }) {
  const { t, locale } = useI18n();
  const waiting = letter.status === 'draft' ? 'commitment.waiting.enterprise' : letter.status === 'signed' ? 'commitment.waiting.authority' : null;
  return (
    <section className="letter-section" aria-labelledby="timeline-title">
      <h3 id="timeline-title">{t('commitment.timeline')}</h3>
      <ol className="timeline" data-testid="letter-timeline">
        {letter.timeline.map((event, index) => (
          <li key={`${event.kind}-${index}`} className={`timeline-event timeline-${event.kind}`} data-kind={event.kind}>
            <span className="timeline-mark" aria-hidden="true">
              {TIMELINE_MARK[event.kind] ?? '•'}
            </span>
            <span className="timeline-body">
              <strong>{locale === 'zh' ? event.labelZh : event.labelEn}</strong>
              <span className="fine-print">{formatDateTime(event.at, locale)}</span>
              {event.detail && <span className="fine-print">{event.detail}</span>}
            </span>
          </li>
        ))}
        {waiting && (
          <li className="timeline-event timeline-next" data-kind="next">
            <span className="timeline-mark" aria-hidden="true">
              …
            </span>
            <span className="timeline-body">
              <strong>{t(waiting)}</strong>
            </span>
          </li>
        )}
      </ol>
    </section>
  );
}

export function LetterText({ letter }: { letter: CommitmentView }) {
  const { t, locale } = useI18n();
  return (
    <details className="letter-section letter-text">
      <summary>{t('commitment.text')}</summary>
      {locale === 'en' && <p className="fine-print">{t('commitment.textChineseOnly')}</p>}
      <div lang="zh-CN">
        {letter.text.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        <h4>{t('commitment.breachTerms')}</h4>
        {letter.breachTerms.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
    </details>
  );
}
