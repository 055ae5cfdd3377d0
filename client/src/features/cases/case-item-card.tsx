// One approval item of a case: status, limits, deadline in working days, 容缺 promise, result or
// reason, the materials panel, the steps this account may take and the applicant's rating.
import { APPROVAL_STAGES } from '../../../../server/src/approval-items/approval-item';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { formatNumber } from '../../lib/format';
import { formatLongDate } from '../sheet/long-date';
import { caseApi } from './case-api';
import type { CaseView, ItemView } from './case-api-types';
import { canRateItem, canResume, canSuspend, itemActions, materialCounts } from './case-page-model';
import { useCaseWrite, useViewer } from './case-queries';
import { ItemStatusBadge } from './case-status-badge';
import { DeadlineText } from './deadline-text';
import { EvaluationForm, EvaluationGiven } from './evaluation-form';
import { ItemActions } from './item-actions';
import { MaterialsPanel } from './materials-panel';

export function CaseItemCard({ view, item }: { view: CaseView; item: ItemView }) {
  const { t, locale } = useI18n();
  const { viewer } = useViewer();
  const stage = APPROVAL_STAGES.find((s) => s.stage === item.stage);
  const actions = itemActions(item, viewer, view);
  const counts = materialCounts(item);
  const rate = useCaseWrite(view.code, (input: { score: number; comment: string }, csrf) => caseApi.evaluate(view.code, { ...input, itemCode: item.itemCode }, csrf));
  const materialName = (type: string) => {
    const m = item.materials.find((x) => x.type === type);
    return m ? (locale === 'zh' ? m.nameZh : m.nameEn) : type;
  };
  return (
    <li className="case-item" data-item={item.itemCode} data-status={item.status} data-testid={`case-item-${item.itemCode}`}>
      <header className="case-item-head">
        <h4>
          <span className="case-item-seq">{item.seq}</span> {locale === 'zh' ? item.nameZh : item.nameEn}
        </h4>
        <ItemStatusBadge status={item.status} />
      </header>
      <p className="cell-sub">
        {locale === 'zh' ? item.departmentZh : item.departmentEn} · {stage ? labelOf(stage, locale) : item.stage} ·{' '}
        {t('case.item.limits', { legal: item.legalLimitDays, committed: item.committedLimitDays })} ·{' '}
        {item.feeYuan > 0 ? t('case.item.feeYuan', { yuan: formatNumber(item.feeYuan, 0) }) : t('case.item.free')}
      </p>
      <DeadlineText item={item} />
      {item.acceptedOn && <p className="cell-sub">{t('case.item.acceptedOn', { date: formatLongDate(item.acceptedOn, locale) })}</p>}
      {item.deficiency && (
        <p className={`note ${item.deficiency.supplementOverdue ? 'note-error' : 'note-warning'}`}>
          {t('case.deficiency', { date: formatLongDate(item.deficiency.supplementDueOn, locale), materials: item.deficiency.materials.map(materialName).join('、') })}
          {item.deficiency.supplementOverdue ? ` · ${t('case.deficiencyLate')}` : ''}
        </p>
      )}
      {item.reason && <p className="note note-error">{t('case.item.reason', { reason: item.reason })}</p>}
      {item.status === 'completed' && (
        <p className="case-result">
          {t('case.item.result')}：{item.resultZh}
          {item.resultDocumentNo ? ` · ${t('case.item.resultNo', { no: item.resultDocumentNo })}` : ''}
          {item.completedOn ? ` · ${t('case.item.completedOn', { date: formatLongDate(item.completedOn, locale) })}` : ''}
        </p>
      )}
      <details className="case-materials">
        <summary>
          {t('case.materials')} · {t('case.materials.summary', counts)}
        </summary>
        <MaterialsPanel view={view} item={item} />
      </details>
      {(actions.length > 0 || canSuspend(item, viewer) || canResume(item, viewer)) && <ItemActions view={view} item={item} targets={actions} />}
      {canRateItem(item, viewer, view) && (
        <details className="case-rate">
          <summary>{t('case.evaluation.item')}</summary>
          <EvaluationForm pending={rate.isPending} error={rate.error} onSend={(input) => rate.mutate(input)} />
        </details>
      )}
      {item.evaluation && <EvaluationGiven score={item.evaluation.score} />}
    </li>
  );
}
