// Timing helpers: medians over repeated runs, because single timings on a shared machine are noise.
export interface Timing {
  medianMs: number;
  p95Ms: number;
  runs: number;
}

export async function time(runs: number, fn: (i: number) => Promise<unknown>, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}

/**
 * Times a subject and its baseline alternately, run by run, so caches warmed by one help the other
 * equally and load on the machine falls on both.
 */
export async function compare(
  runs: number,
  subject: (i: number) => Promise<unknown>,
  baseline: (i: number) => Promise<unknown>,
): Promise<{ subject: Timing; baseline: Timing }> {
  for (let i = 0; i < 3; i++) {
    await subject(i);
    await baseline(i);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    await subject(i);
    a.push(performance.now() - t0);
    t0 = performance.now();
    await baseline(i);
    b.push(performance.now() - t0);
  }
  return { subject: summarise(a), baseline: summarise(b) };
}

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { medianMs: at(0.5), p95Ms: at(0.95), runs: sorted.length };
}

export interface Row {
  group: string;
  case: string;
  engine: string;
  subject: Timing;
  baseline: Timing;
  baselineName: string;
  note?: string;
}

export function printTable(rows: Row[]): void {
  const header = ['group', 'case', 'engine', 'median ms', 'baseline', 'baseline ms', 'ratio', 'note'];
  const body = rows.map((r) => [
    r.group,
    r.case,
    r.engine,
    r.subject.medianMs.toFixed(2),
    r.baselineName,
    r.baseline.medianMs.toFixed(2),
    `${(r.subject.medianMs / r.baseline.medianMs).toFixed(2)}×`,
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}
