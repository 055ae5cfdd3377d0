// One case (/cases/:code, what its QR code opens): the parties, the items with their working-day
// deadlines, materials and actions, the timeline, the printable receipt and result notice, and the
// applicant's evaluation. The same record on every channel; personal data masked for the public.
import { useEffect } from 'react';
import { CHANNELS, CONFIRMATION_METHODS } from '../../../../server/src/cases/channels';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { Fact } from '../../components/fact';
import { ErrorState, Loading } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import { formatLongDate } from '../sheet/long-date';
import { useQrCode } from '../parcels/use-qr-code';
import { caseApi, receiptUrl, resultNoticeUrl, type CaseView } from './case-api';
import { CaseItemCard } from './case-item-card';
import { canRateCase, isApplicant, isCaseStaff } from './case-page-model';
import { useCase, useCaseWrite, useViewer } from './case-queries';
import { CaseTimeline } from './case-timeline';
import { EvaluationForm, EvaluationGiven } from './evaluation-form';
import { OfflineWriteLock } from '../../offline/offline-write-lock';

export function CasePage({ code }: { code: string }) {
  const { t } = useI18n();
  const query = useCase(code);
  const { viewer } = useViewer();
  useEffect(() => {
    document.title = [query.data?.project.name, code, t('app.title')].filter(Boolean).join(' · ');
  }, [query.data, code, t]);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (query.error instanceof ApiError && (query.error.status === 404 || query.error.code === 'INVALID_CASE_CODE')) {
      return (
        <p className="state state-empty" role="alert">
          {t('case.notFound', { code })}
        </p>
      );
    }
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  // The items' actions, uploads and ratings are the page's only controls: offline they wait for the network.
  const writes = isCaseStaff(viewer) || isApplicant(viewer, query.data);
  return (
    <OfflineWriteLock note={writes ? 'offline.pageLocked' : null}>
      <CaseBody view={query.data} />
    </OfflineWriteLock>
  );
}

function CaseBody({ view }: { view: CaseView }) {
  const { t, locale } = useI18n();
  const { viewer } = useViewer();
  const qr = useQrCode(view.url);
  const full = isCaseStaff(viewer) || isApplicant(viewer, view);
  const rateCase = useCaseWrite(view.code, (input: { score: number; comment: string }, csrf) => caseApi.evaluate(view.code, input, csrf));
  const channel = CHANNELS.find((c) => c.code === view.originChannel);
  const method = CONFIRMATION_METHODS.find((m) => m.code === view.confirmation.method);

  return (
    <article className="case-page" data-testid="case-page" data-code={view.code} data-version={view.version}>
      <header className="case-head">
        <div>
          <p className="eyebrow">
            {t('case.code')} <span className="case-code" data-testid="case-code">{view.code}</span>
          </p>
          <h2>{view.project.name}</h2>
          <p className={`case-status case-status-${view.status}`}>
            {t(view.status === 'finished' ? 'case.status.finished' : 'case.status.open')} ·{' '}
            {t('case.progress', { total: view.progress.total, completed: view.progress.completed, running: view.progress.running, overdue: view.progress.overdue })}
          </p>
          {view.nextDueOn && <p data-testid="case-next-due">{t('case.nextDue', { date: formatLongDate(view.nextDueOn, locale, { weekday: true }) })}</p>}
        </div>
        <figure className="case-qr">
          {qr ? <img src={qr} alt={view.url} width={132} height={132} data-testid="case-qr" /> : <span className="spinner" aria-hidden="true" />}
          <figcaption>{t('case.qr')}</figcaption>
        </figure>
      </header>

      <dl className="facts case-facts">
        <Fact label={t('case.enterprise')}>{`${view.enterprise.name}（${view.enterprise.uscc}）`}</Fact>
        {view.enterprise.legalRepresentative && <Fact label={t('case.legalRepresentative')}>{view.enterprise.legalRepresentative}</Fact>}
        <Fact label={t('case.contact')}>{`${view.contact.name} ${view.contact.phone}`}</Fact>
        <Fact label={t('case.parcel')}>{`${view.parcel.name}（${view.parcel.code}）· ${view.parcel.zoneName}`}</Fact>
        <Fact label={t('case.projectCode')}>{view.project.code ?? t('case.projectCodePending')}</Fact>
        <Fact label={t('case.filing')}>{t(`case.filing.${view.project.filingStatus}`)}</Fact>
        {view.commitment && <Fact label={t('case.commitment')}>{view.commitment.id}</Fact>}
        <Fact label={t('case.agent')}>{view.assignedAgent ? (view.assignedAgent.name ?? view.assignedAgent.username) : t('case.agentNone')}</Fact>
        <Fact label={t('case.origin')}>{channel ? labelOf(channel, locale) : view.originChannel}</Fact>
        <Fact label={t('case.confirmation')}>{t('case.confirmationValue', { who: view.confirmation.confirmedBy, how: method ? labelOf(method, locale) : view.confirmation.method })}</Fact>
        <Fact label={t('case.openedAt')}>{formatLongDate(view.createdAt.slice(0, 10), locale)}</Fact>
      </dl>
      {!full && <p className="note">{t('case.masked')}</p>}
      <p className="case-documents">
        <a className="button button-secondary" href={receiptUrl(view.code)} target="_blank" rel="noreferrer" data-testid="case-receipt">
          {t('case.receipt')}
        </a>
        <a className="button button-secondary" href={resultNoticeUrl(view.code)} target="_blank" rel="noreferrer" data-testid="case-result-notice">
          {t('case.resultNotice')}
        </a>
      </p>

      <section aria-labelledby="items-heading">
        <h3 id="items-heading">{t('case.items')}</h3>
        <ol className="case-items" data-testid="case-items">
          {view.items.map((item) => (
            <CaseItemCard key={item.itemCode} view={view} item={item} />
          ))}
        </ol>
      </section>

      {canRateCase(view, viewer) && (
        <section aria-labelledby="rate-heading" className="case-rate">
          <h3 id="rate-heading">{t('case.evaluation.case')}</h3>
          <EvaluationForm pending={rateCase.isPending} error={rateCase.error} onSend={(input) => rateCase.mutate(input)} />
        </section>
      )}
      {view.evaluation && <EvaluationGiven score={view.evaluation.score} />}

      <section aria-labelledby="timeline-heading">
        <h3 id="timeline-heading">{t('case.timeline')}</h3>
        <CaseTimeline view={view} />
      </section>
    </article>
  );
}
