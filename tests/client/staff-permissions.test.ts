import { describe, expect, it } from 'vitest';
import { exportUrl } from '../../client/src/features/staff/export-query';
import { canEdit, isStaffRole, lifecycleTargetsFor, tabsFor, workflowActionsFor } from '../../client/src/features/staff/staff-permissions';

describe('staff permissions follow the server’s role table', () => {
  it('keeps enterprises and anonymous visitors out of the staff area', () => {
    expect(isStaffRole('enterprise')).toBe(false);
    expect(isStaffRole(null)).toBe(false);
    expect(isStaffRole('reviewer')).toBe(true);
  });

  it('gives each role the tabs its routes allow', () => {
    expect(tabsFor('publisher')).toEqual(['import', 'drafts', 'review', 'approved', 'published', 'constraints', 'export']);
    expect(tabsFor('reviewer')).toEqual(['review', 'approved', 'published', 'constraints', 'export']);
    expect(tabsFor('evaluator')).toEqual(['published', 'export']);
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
