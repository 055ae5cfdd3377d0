// Where each staff tab leads, its label and its test id: the one row of tabs in staff-header.tsx.
// Which tabs a role sees is tabsFor (staff-permissions.ts); the commitment, case and evaluation tabs
// keep the paths and test ids their own rows had.
import type { MessageId } from '../../app/i18n';
import { STAFF_TAB_GROUPS, type StaffTab, type StaffTabGroup } from './staff-permissions';

export interface StaffTabLink {
  path: string;
  label: MessageId;
  testId: string;
  /** Active only on the path itself, not on the paths below it. */
  end?: boolean;
}

const parcelTab = (tab: (typeof STAFF_TAB_GROUPS)['parcels'][number]): StaffTabLink => ({ path: `/staff/${tab}`, label: `staff.tab.${tab}`, testId: `staff-tab-${tab}` });

export const STAFF_TAB_LINKS: Record<StaffTab, StaffTabLink> = {
  import: parcelTab('import'),
  drafts: parcelTab('drafts'),
  review: parcelTab('review'),
  approved: parcelTab('approved'),
  published: parcelTab('published'),
  constraints: parcelTab('constraints'),
  export: parcelTab('export'),
  letters: { path: '/staff/commitments', end: true, label: 'commitment.list.title', testId: 'staff-commitments-letters' },
  reminders: { path: '/staff/commitments/reminders', label: 'commitment.reminders.title', testId: 'staff-commitments-reminders' },
  cases: { path: '/staff/cases', label: 'case.desk', testId: 'staff-cases-desk' },
  evaluation: { path: '/staff/evaluation', end: true, label: 'evaluation.dashboard', testId: 'staff-evaluation' },
  findings: { path: '/staff/evaluation/findings', label: 'evaluation.findingsTab', testId: 'staff-evaluation-findings' },
  actions: { path: '/staff/evaluation/actions', label: 'evaluation.actionsTab', testId: 'staff-evaluation-actions' },
};

/** Names each group for screen readers (the row shows a divider between groups). */
export const STAFF_TAB_GROUP_LABELS: Record<StaffTabGroup, MessageId> = {
  parcels: 'staff.group.parcels',
  commitments: 'commitment.area',
  cases: 'case.area',
  evaluation: 'evaluation.area',
};

/** The role's tabs, grouped in row order; groups without a tab for the role are left out. */
export function groupedTabs(tabs: readonly StaffTab[]): { group: StaffTabGroup; tabs: StaffTab[] }[] {
  return (Object.keys(STAFF_TAB_GROUPS) as StaffTabGroup[])
    .map((group) => ({ group, tabs: tabs.filter((tab) => (STAFF_TAB_GROUPS[group] as readonly StaffTab[]).includes(tab)) }))
    .filter((g) => g.tabs.length > 0);
}
