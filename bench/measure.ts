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
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { medianMs: at(0.5), p95Ms: at(0.95), runs };
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
