// The export's URL: the same filters as the parcel list (server/src/exports/exports.routes.ts).
import { WORKFLOW_STATE_CODES, type WorkflowState } from '../../../../server/src/domain/workflow';

export const EXPORT_FORMATS = ['geojson', 'shp', 'txt', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFilter {
  workflow: WorkflowState[];
  zone: string | null;
  q: string;
}

export function exportFilterParams(filter: ExportFilter): URLSearchParams {
  const params = new URLSearchParams();
  // Every state ticked is no filter at all: the server's own default for staff.
  if (filter.workflow.length > 0 && filter.workflow.length < WORKFLOW_STATE_CODES.length) params.set('workflow', filter.workflow.join(','));
  if (filter.zone) params.set('zone', filter.zone);
  if (filter.q.trim()) params.set('q', filter.q.trim());
  return params;
}

export function exportUrl(format: ExportFormat, filter: ExportFilter): string {
  const params = exportFilterParams(filter);
  params.set('format', format);
  return `/api/exports?${params}`;
}
