// Constructors for failures and issues, so every message has the same bilingual shape.
import type { ImportFailure, ImportIssue } from './import-types';
import { IMPORT_REASONS, type ImportErrorCode, type ImportIssueCode } from './reasons';

/** "中文 / English": Chinese first, as the UI shows it. */
export function bilingual(zh: string, en: string): string {
  return `${zh} / ${en}`;
}

/** How messages name a record: 第3条记录 / record 3. */
export function recordLabel(index: number): { zh: string; en: string } {
  return { zh: `第${index}条记录`, en: `record ${index}` };
}

export function failure(code: ImportErrorCode, message: string, details?: Record<string, unknown>, status?: 400 | 413 | 422): ImportFailure {
  return { ok: false, status: status ?? IMPORT_REASONS[code].status, code, message, ...(details ? { details } : {}) };
}

export function issue(code: ImportIssueCode, message: string, feature: number | null = null, severity: ImportIssue['severity'] = 'error'): ImportIssue {
  return { feature, code, message, severity };
}

/** A file-level warning whose message is the reason's own description. */
export function fileWarning(code: ImportIssueCode): ImportIssue {
  return issue(code, bilingual(IMPORT_REASONS[code].zh, IMPORT_REASONS[code].en), null, 'warning');
}
