// A parcel code must be unique within one file, or the import cannot tell which row is meant.
import { bilingual, issue, recordLabel } from './import-result';
import type { ImportIssue } from './import-types';

export function duplicateCodeIssues(features: readonly { index: number; code: string | null }[]): ImportIssue[] {
  const firstSeen = new Map<string, number>();
  const issues: ImportIssue[] = [];
  for (const { index, code } of features) {
    if (code === null) continue;
    const first = firstSeen.get(code);
    if (first === undefined) firstSeen.set(code, index);
    else {
      const r = recordLabel(index);
      issues.push(issue('DUPLICATE_CODE', bilingual(`${r.zh}的地块编号${code}与第${first}条重复`, `${r.en} repeats parcel code ${code} of record ${first}`), index));
    }
  }
  return issues;
}
