// The agency-case part of the staff area: the desk under /staff/cases, reached by the 代办工作台 tab
// (staff-tabs.ts) and guarded by the same tab in staff-app.tsx. The case pages themselves live at
// /cases/:code (the same page the applicant and the QR code open).
import './cases.css';
import { Route, Routes } from 'react-router';
import { CaseDesk } from './case-desk';

export function CasesStaffScreens() {
  return (
    <Routes>
      <Route index element={<CaseDesk defaultView="mine" showMine />} />
    </Routes>
  );
}
