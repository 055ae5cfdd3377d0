// The evaluation part of the staff area (评估与改进, issue #8): the screens under /staff/evaluation/… for
// staff and the third-party evaluator, reached by their tabs in the staff area's row (staff-tabs.ts) and
// guarded there. Mounted by staff-app.tsx with one route; the dashboard (and echarts with it) loads only
// when opened.
import './evaluation.css';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../../components/query-state';
import type { Role } from '../../../../server/src/users/roles';

const EvaluationDashboard = lazy(() => import('./evaluation-dashboard'));
const FindingsScreen = lazy(() => import('./evaluation-lists').then((m) => ({ default: m.FindingsScreen })));
const ActionsScreen = lazy(() => import('./evaluation-lists').then((m) => ({ default: m.ActionsScreen })));

export function EvaluationStaffScreens({ role }: { role: Role }) {
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
