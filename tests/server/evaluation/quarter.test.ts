import { describe, expect, it } from 'vitest';
import { asOfDay, parseQuarter, quarterAt, quartersBetween, shiftQuarter } from '../../../server/src/evaluation/quarter';

const q = (code: string) => {
  const quarter = parseQuarter(code);
  if (!quarter) throw new Error(code);
  return quarter;
};

describe('quarters in Beijing time', () => {
  it('bounds 2026Q3 from 1 July 00:00 to 1 October 00:00 China time', () => {
    const q3 = q('2026Q3');
    expect(q3).toMatchObject({ code: '2026Q3', year: 2026, q: 3, firstDay: '2026-07-01', lastDay: '2026-09-30' });
    expect(q3.start.toISOString()).toBe('2026-06-30T16:00:00.000Z');
    expect(q3.end.toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(q('2026Q4').lastDay).toBe('2026-12-31');
    expect(q('2024Q1').lastDay).toBe('2024-03-31');
  });

  it('puts an instant in the quarter of its Beijing date', () => {
    expect(quarterAt(new Date('2026-09-30T15:59:59Z')).code).toBe('2026Q3');
    expect(quarterAt(new Date('2026-09-30T16:00:00Z')).code).toBe('2026Q4');
    expect(quarterAt(new Date('2025-12-31T16:30:00Z')).code).toBe('2026Q1');
  });

  it('steps across years and lists a range oldest first', () => {
    expect(shiftQuarter(q('2026Q1'), -1).code).toBe('2025Q4');
    expect(shiftQuarter(q('2025Q4'), 5).code).toBe('2027Q1');
    expect(quartersBetween(q('2025Q4'), q('2026Q4')).map((x) => x.code)).toEqual(['2025Q4', '2026Q1', '2026Q2', '2026Q3', '2026Q4']);
    expect(quartersBetween(q('2026Q2'), q('2026Q1'))).toEqual([]);
  });

  it('refuses anything but YYYYQn', () => {
    for (const bad of ['2026Q5', '2026Q0', '2026-Q3', '26Q3', '2026q3', '']) expect(parseQuarter(bad)).toBeNull();
  });

  it('evaluates a finished quarter as of its last day, a running one as of today, a future one not at all', () => {
    expect(asOfDay(q('2026Q3'), '2026-12-04')).toBe('2026-09-30');
    expect(asOfDay(q('2026Q4'), '2026-12-04')).toBe('2026-12-04');
    expect(asOfDay(q('2027Q1'), '2026-12-04')).toBeNull();
  });
});
