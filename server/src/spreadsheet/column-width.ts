// Column widths in Excel character units, estimated when a column does not state one: East Asian
// wide characters take two units, others one, plus a little padding.
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

export function estimateColumnWidth(texts: Iterable<string>): number {
  let widest = 0;
  for (const text of texts) for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
}
