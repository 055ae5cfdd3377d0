// Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either
// end, "History" reserved, unique ignoring case. A name that breaks them is repaired, not refused:
// names often come from data (a county called 太原市/小店区 in a label).
const MAX_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

export function excelSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name, i) => {
    let base = Array.from(name.replace(FORBIDDEN, '_').replace(/^'+|'+$/g, '').trim()).slice(0, MAX_LENGTH).join('');
    if (base === '' || base.toLowerCase() === 'history') base = `Sheet${i + 1}`;
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = Array.from(base).slice(0, MAX_LENGTH - suffix.length).join('') + suffix;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
