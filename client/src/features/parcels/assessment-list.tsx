// A parcel's regional assessments (区域评估): type, conclusion, scope, document, validity (expired
// ones flagged in words, not only by colour) and what each means for a project.
import { ASSESSMENT_CONCLUSIONS, ASSESSMENT_TYPES } from '../../../../server/src/domain/assessments';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import type { ParcelAssessment } from '../../lib/api-types';

function Assessment({ assessment }: { assessment: ParcelAssessment }) {
  const { t, locale } = useI18n();
  const type = ASSESSMENT_TYPES.find((a) => a.code === assessment.type);
  const conclusion = ASSESSMENT_CONCLUSIONS.find((c) => c.code === assessment.conclusion);
  return (
    <li className={assessment.expired ? 'assessment assessment-expired' : 'assessment'}>
      <div className="assessment-head">
        <strong>{type ? labelOf(type, locale) : assessment.type}</strong>
        <span className="assessment-conclusion">{conclusion ? labelOf(conclusion, locale) : assessment.conclusion}</span>
      </div>
      <div className="assessment-meta">
        <span>{t(assessment.scope === 'zone' ? 'detail.assessmentScopeZone' : 'detail.assessmentScopeParcel')}</span>
        {assessment.documentNo && <span>{assessment.documentNo}</span>}
        {assessment.validUntil && <span>{t('detail.validUntil', { date: assessment.validUntil })}</span>}
        {assessment.expired && <span className="flag flag-warning">{t('detail.expired')}</span>}
      </div>
      {assessment.implicationZh && locale === 'zh' && <p className="assessment-note">{assessment.implicationZh}</p>}
    </li>
  );
}

export function AssessmentList({ assessments }: { assessments: readonly ParcelAssessment[] }) {
  const { t } = useI18n();
  if (assessments.length === 0) return <p className="state state-empty">{t('detail.noAssessments')}</p>;
  return (
    <ul className="assessments">
      {assessments.map((a) => (
        <Assessment key={`${a.scope}-${a.type}`} assessment={a} />
      ))}
    </ul>
  );
}
