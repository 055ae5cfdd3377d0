// The evaluation part of the staff area (评估与改进, issue #8): a nav row under the staff tabs and the
// screens under /staff/evaluation/… for staff and the third-party evaluator. Mounted by staff-app.tsx
// with one nav line and one route; the dashboard (and echarts with it) loads only when opened.
import './evaluation.css';
import { lazy, Suspense } from 'react';
import { NavLink, Route, Routes } from 'react-router';
import { useI18n } from '../../app/locale';
import { Loading } from '../../components/query-state';
import type { Role } from '../../../../server/src/users/roles';
import { readsEvaluation } from './evaluation-permissions';

const EvaluationDashboard = lazy(() => import('./evaluation-dashboard'));
const FindingsScreen = lazy(() => import('./evaluation-lists').then((m) => ({ default: m.FindingsScreen })));
const ActionsScreen = lazy(() => import('./evaluation-lists').then((m) => ({ default: m.ActionsScreen })));

export function EvaluationStaffNav({ role }: { role: Role }) {
  const { t } = useI18n();
  if (!readsEvaluation(role)) return null;
  return (
    <nav className="evaluation-nav" aria-label={t('evaluation.area')}>
      <span className="evaluation-nav-label">{t('evaluation.area')}</span>
      <NavLink to="/staff/evaluation" end className="evaluation-tab" data-testid="staff-evaluation">
        {t('evaluation.dashboard')}
      </NavLink>
      <NavLink to="/staff/evaluation/findings" className="evaluation-tab" data-testid="staff-evaluation-findings">
        {t('evaluation.findingsTab')}
      </NavLink>
      <NavLink to="/staff/evaluation/actions" className="evaluation-tab" data-testid="staff-evaluation-actions">
        {t('evaluation.actionsTab')}
      </NavLink>
    </nav>
  );
}

export function EvaluationStaffScreens({ role }: { role: Role }) {
  const { t } = useI18n();
  if (!readsEvaluation(role)) {
    return (
      <p className="state state-error" role="alert">
        {t('staff.forbidden')}
      </p>
    );
  }
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route index element={<EvaluationDashboard role={role} />} />
        <Route path="findings" element={<FindingsScreen role={role} />} />
        <Route path="actions" element={<ActionsScreen role={role} />} />
      </Routes>
    </Suspense>
  );
}
