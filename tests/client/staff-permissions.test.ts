import { describe, expect, it } from 'vitest';
import { exportUrl } from '../../client/src/features/staff/export-query';
import { canEdit, isStaffRole, lifecycleTargetsFor, STAFF_TABS, tabsFor, workflowActionsFor } from '../../client/src/features/staff/staff-permissions';
import { groupedTabs, STAFF_TAB_LINKS } from '../../client/src/features/staff/staff-tabs';

describe('staff permissions follow the server’s role table', () => {
  it('keeps enterprises and anonymous visitors out of the staff area', () => {
    expect(isStaffRole('enterprise')).toBe(false);
    expect(isStaffRole(null)).toBe(false);
    expect(isStaffRole('reviewer')).toBe(true);
  });

  it('gives each role the tabs its routes allow, commitments, cases and evaluation included', () => {
    expect(tabsFor('publisher')).toEqual(['import', 'drafts', 'review', 'approved', 'published', 'constraints', 'export', 'letters', 'reminders', 'evaluation', 'findings', 'actions']);
    expect(tabsFor('reviewer')).toEqual(['review', 'approved', 'published', 'constraints', 'export', 'letters', 'reminders', 'evaluation', 'findings', 'actions']);
    expect(tabsFor('evaluator')).toEqual(['published', 'export', 'letters', 'reminders', 'evaluation', 'findings', 'actions']);
    expect(tabsFor('agent')).toEqual(['published', 'export', 'letters', 'reminders', 'cases', 'evaluation', 'findings', 'actions']);
    expect(tabsFor('admin')).toEqual([...STAFF_TABS]);
    expect(tabsFor('enterprise')).toEqual([]);
  });

  it('puts every tab in one row, grouped in row order, each with its own path and test id', () => {
    expect(groupedTabs(tabsFor('agent'))).toEqual([
      { group: 'parcels', tabs: ['published', 'export'] },
      { group: 'commitments', tabs: ['letters', 'reminders'] },
      { group: 'cases', tabs: ['cases'] },
      { group: 'evaluation', tabs: ['evaluation', 'findings', 'actions'] },
    ]);
    const links = STAFF_TABS.map((tab) => STAFF_TAB_LINKS[tab]);
    expect(new Set(links.map((l) => l.path)).size).toBe(STAFF_TABS.length);
    expect(new Set(links.map((l) => l.testId)).size).toBe(STAFF_TABS.length);
    expect(STAFF_TAB_LINKS.drafts).toMatchObject({ path: '/staff/drafts', testId: 'staff-tab-drafts', label: 'staff.tab.drafts' });
    expect(STAFF_TAB_LINKS.cases).toMatchObject({ path: '/staff/cases', testId: 'staff-cases-desk' });
  });

  it('separates duties: publishers submit and publish, reviewers approve and reject', () => {
    expect(workflowActionsFor('publisher', 'draft')).toEqual(['submit']);
    expect(workflowActionsFor('publisher', 'submitted')).toEqual([]);
    expect(workflowActionsFor('reviewer', 'submitted')).toEqual(['approve', 'reject']);
    expect(workflowActionsFor('publisher', 'approved')).toEqual(['publish']);
    expect(workflowActionsFor('publisher', 'published')).toEqual(['withdraw']);
    expect(workflowActionsFor('admin', 'submitted')).toEqual(['approve', 'reject']);
  });

  it('edits only drafts, rejected and withdrawn records, and only as publisher or admin', () => {
    expect(canEdit('publisher', 'rejected')).toBe(true);
    expect(canEdit('publisher', 'published')).toBe(false);
    expect(canEdit('reviewer', 'draft')).toBe(false);
  });

  it('offers the lifecycle moves of the current status that the role may make', () => {
    expect(lifecycleTargetsFor('publisher', 'published', 'published')).toEqual(['listed', 'withdrawn']);
    expect(lifecycleTargetsFor('publisher', 'published', 'listed')).toEqual(['published', 'transferred', 'withdrawn']);
    expect(lifecycleTargetsFor('agent', 'published', 'transferred')).toEqual(['under_construction']);
    expect(lifecycleTargetsFor('publisher', 'draft', 'reserve')).toEqual([]);
  });

  it('builds export links with the list’s filters', () => {
    expect(exportUrl('shp', { workflow: ['published'], zone: 'G140105', q: ' 汇通 ' })).toBe(
      `/api/exports?workflow=published&zone=G140105&q=${encodeURIComponent('汇通').replace(/%20/g, '+')}&format=shp`,
    );
    expect(exportUrl('csv', { workflow: ['draft', 'submitted', 'approved', 'rejected', 'published', 'withdrawn'], zone: null, q: '' })).toBe('/api/exports?format=csv');
  });
});
