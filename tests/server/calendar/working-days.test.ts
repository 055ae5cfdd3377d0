import { describe, expect, it } from 'vitest';
import { Rng } from '../../../fixtures/lib/prng';
import base from '../../../server/src/calendar/data/cn-calendar.json' with { type: 'json' };
import { fromDayNumber, toDayNumber, weekdayOf } from '../../../server/src/calendar/iso-date';
import {
  addWorkdays,
  CalendarNotCoveredError,
  coveredYears,
  dayKind,
  deadlineWithSuspensions,
  isCovered,
  isOverdue,
  isWorkday,
  workdaysBetween,
  workdaysRemaining,
} from '../../../server/src/calendar/working-days';

const datesOf = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = toDayNumber(from); d <= toDayNumber(to); d++) out.push(fromDayNumber(d));
  return out;
};
const makeupWorkdaysIn = (year: number) => datesOf(`${year}-01-01`, `${year}-12-31`).filter((d) => dayKind(d).kind === 'makeup_workday');

describe('known arrangements (State Council notices)', () => {
  it('has the 2025 make-up workdays Jan 26, Feb 8, Apr 27, Sep 28 and Oct 11, and no others', () => {
    expect(makeupWorkdaysIn(2025)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
  });

  it('has the 2026 make-up workdays Jan 4, Feb 14, Feb 28, May 9, Sep 20 and Oct 10, and no others', () => {
    expect(makeupWorkdaysIn(2026)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it('names each make-up workday after the holiday it belongs to', () => {
    expect(dayKind('2026-01-04')).toEqual({ date: '2026-01-04', kind: 'makeup_workday', name: '元旦' });
    expect(dayKind('2026-02-28')).toEqual({ date: '2026-02-28', kind: 'makeup_workday', name: '春节' });
    expect(dayKind('2026-09-20')).toEqual({ date: '2026-09-20', kind: 'makeup_workday', name: '国庆节' });
    expect(dayKind('2026-10-10')).toEqual({ date: '2026-10-10', kind: 'makeup_workday', name: '国庆节' });
    expect(isWorkday('2026-10-10')).toBe(true);
  });

  it('treats 2026-02-16 (Spring Festival) and 2026-10-01 (National Day) as holidays', () => {
    expect(dayKind('2026-02-16')).toEqual({ date: '2026-02-16', kind: 'holiday', name: '春节' });
    expect(dayKind('2026-10-01')).toEqual({ date: '2026-10-01', kind: 'holiday', name: '国庆节' });
    expect(isWorkday('2026-02-16')).toBe(false);
    expect(isWorkday('2026-10-01')).toBe(false);
  });

  it('has the 2026 National Day holiday as Oct 1–7, with Oct 8 a working day', () => {
    expect(datesOf('2026-10-01', '2026-10-08').map((d) => dayKind(d).kind)).toEqual([
      ...Array<string>(7).fill('holiday'),
      'workday',
    ]);
  });

  it('uses the full festival names of the notices (中秋节, not 中秋)', () => {
    expect(dayKind('2026-09-25').name).toBe('中秋节');
    expect(dayKind('2026-06-19').name).toBe('端午节');
    expect(dayKind('2026-04-06').name).toBe('清明节');
  });

  it('tells plain weekdays from plain weekends and gives them no name', () => {
    expect(dayKind('2026-10-14')).toEqual({ date: '2026-10-14', kind: 'workday' });
    expect(dayKind('2026-10-11')).toEqual({ date: '2026-10-11', kind: 'weekend' });
  });

  it('covers 2020 through 2026', () => {
    expect(coveredYears()).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(isCovered('2026-12-31')).toBe(true);
    expect(isCovered('2027-01-01')).toBe(false);
  });
});

describe('addWorkdays', () => {
  it('puts 5 working days after Tue 2026-09-29 on Mon 2026-10-12 (issue #6)', () => {
    expect(addWorkdays('2026-09-29', 5)).toBe('2026-10-12');
  });

  it('counts Sep 30, then Oct 8, Oct 9, the make-up Saturday Oct 10 and Oct 12 as days 1–5', () => {
    expect([1, 2, 3, 4, 5].map((n) => addWorkdays('2026-09-29', n))).toEqual([
      '2026-09-30',
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
      '2026-10-12',
    ]);
  });

  it('does not count the day of acceptance, even when it is a holiday', () => {
    expect(addWorkdays('2026-10-03', 1)).toBe('2026-10-08');
    expect(addWorkdays('2026-10-10', 1)).toBe('2026-10-12');
  });

  it('returns the start date itself for 0 days', () => {
    expect(addWorkdays('2026-10-03', 0)).toBe('2026-10-03');
  });

  it('crosses into the next year over the New Year holiday and its make-up Sunday', () => {
    expect(addWorkdays('2025-12-31', 1)).toBe('2026-01-04');
    expect(addWorkdays('2025-12-31', 2)).toBe('2026-01-05');
  });

  it('counts backwards for negative days, again without the start date', () => {
    expect(addWorkdays('2026-10-12', -5)).toBe('2026-09-29');
    expect(addWorkdays('2026-10-08', -1)).toBe('2026-09-30');
    expect(addWorkdays('2026-10-04', -1)).toBe('2026-09-30');
  });

  it('rejects a fractional number of days and a malformed date', () => {
    expect(() => addWorkdays('2026-09-29', 1.5)).toThrow(RangeError);
    expect(() => addWorkdays('2026-9-29', 1)).toThrow(RangeError);
    expect(() => addWorkdays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('workdaysBetween', () => {
  it('counts the working days after the start up to and including the end', () => {
    expect(workdaysBetween('2026-09-29', '2026-10-12')).toBe(5);
    expect(workdaysBetween('2026-09-30', '2026-10-07')).toBe(0);
    expect(workdaysBetween('2026-09-29', '2026-09-29')).toBe(0);
  });

  it('is negative when the end is earlier: the end counts, the start does not', () => {
    expect(workdaysBetween('2026-10-12', '2026-09-29')).toBe(-5);
    // Fri 2026-03-06 → Sun 2026-03-08 has no working day after Friday; backwards, Friday counts.
    expect(workdaysBetween('2026-03-06', '2026-03-08')).toBe(0);
    expect(workdaysBetween('2026-03-08', '2026-03-06')).toBe(-1);
  });

  it('counts a whole year of working days', () => {
    // 2026 has 261 weekdays; 19 of them are holidays (元旦 2, 春节 6, 清明 1, 劳动节 3, 端午 1,
    // 中秋 1, 国庆 5) and 6 weekend days are worked.
    expect(workdaysBetween('2025-12-31', '2026-12-31')).toBe(261 - 19 + 6);
  });
});

describe('deadlines, overdue and remaining days', () => {
  it('calls a case overdue from the day after the deadline', () => {
    expect(isOverdue('2026-10-12', '2026-10-11')).toBe(false);
    expect(isOverdue('2026-10-12', '2026-10-12')).toBe(false);
    expect(isOverdue('2026-10-12', '2026-10-13')).toBe(true);
  });

  it('counts remaining working days down to 0 on the deadline and below 0 after it', () => {
    expect(workdaysRemaining('2026-09-29', '2026-10-12')).toBe(5);
    expect(workdaysRemaining('2026-10-03', '2026-10-12')).toBe(4);
    expect(workdaysRemaining('2026-10-12', '2026-10-12')).toBe(0);
    expect(workdaysRemaining('2026-10-13', '2026-10-12')).toBe(-1);
    expect(workdaysRemaining('2026-10-14', '2026-10-12')).toBe(-2);
  });

  it('is negative as soon as a working-day deadline is overdue, weekend or not', () => {
    // Deadline Fri 2026-10-16; on Saturday it is overdue and the deadline is one working day back.
    expect(isOverdue('2026-10-16', '2026-10-17')).toBe(true);
    expect(workdaysRemaining('2026-10-17', '2026-10-16')).toBe(-1);
    expect(addWorkdays('2026-10-17', workdaysRemaining('2026-10-17', '2026-10-16'))).toBe('2026-10-16');
  });
});

describe('deadlineWithSuspensions', () => {
  // Accepted Mon 2026-03-02 with 20 working days: Mar 3 is day 1 and Mar 30 day 20.
  const accepted = '2026-03-02';

  it('equals addWorkdays without suspensions', () => {
    expect(deadlineWithSuspensions(accepted, 20, [])).toBe('2026-03-30');
    expect(addWorkdays(accepted, 20)).toBe('2026-03-30');
  });

  it('moves the deadline by the working days inside a suspension, across the Qingming holiday', () => {
    // Mar 10–16 holds 5 working days (Tue–Fri and Mon); 5 more after Mar 30 skip Apr 4–6.
    expect(deadlineWithSuspensions(accepted, 20, [{ from: '2026-03-10', to: '2026-03-16' }])).toBe('2026-04-07');
  });

  it('counts a day covered by overlapping suspensions once', () => {
    const overlapping = [
      { from: '2026-03-10', to: '2026-03-13' },
      { from: '2026-03-12', to: '2026-03-16' },
    ];
    expect(deadlineWithSuspensions(accepted, 20, overlapping)).toBe('2026-04-07');
  });

  it('includes both ends of a suspension', () => {
    expect(deadlineWithSuspensions(accepted, 20, [{ from: '2026-03-10', to: '2026-03-10' }])).toBe('2026-03-31');
  });

  it('ignores suspended days that are not working days, or lie before acceptance or after the deadline', () => {
    expect(deadlineWithSuspensions(accepted, 20, [{ from: '2026-03-07', to: '2026-03-08' }])).toBe('2026-03-30');
    expect(deadlineWithSuspensions(accepted, 20, [{ from: '2026-02-20', to: '2026-03-02' }])).toBe('2026-03-30');
    expect(deadlineWithSuspensions(accepted, 20, [{ from: '2026-03-31', to: '2026-04-30' }])).toBe('2026-03-30');
  });

  it('keeps counting suspended days that the suspension itself pushed the deadline into', () => {
    // Mar 25 – Apr 2 holds 7 working days; the clock restarts on Apr 3 at day 17.
    expect(deadlineWithSuspensions(accepted, 20, [{ from: '2026-03-25', to: '2026-04-02' }])).toBe('2026-04-09');
    expect(addWorkdays('2026-03-30', 7)).toBe('2026-04-09');
  });

  it('rejects a suspension that ends before it starts, and a negative limit', () => {
    expect(() => deadlineWithSuspensions(accepted, 20, [{ from: '2026-03-16', to: '2026-03-10' }])).toThrow(RangeError);
    expect(() => deadlineWithSuspensions(accepted, -1, [])).toThrow(RangeError);
  });
});

describe('years the calendar does not cover', () => {
  it('refuses to classify a day of an uncovered year', () => {
    expect(() => dayKind('2027-01-01')).toThrow(CalendarNotCoveredError);
    expect(() => isWorkday('2019-12-31')).toThrow(CalendarNotCoveredError);
  });

  it('names the year and the covered years in the error', () => {
    const error = (() => {
      try {
        addWorkdays('2026-12-30', 5);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CalendarNotCoveredError);
    expect(error).toMatchObject({ year: 2027, date: '2027-01-01', coveredYears: [2020, 2021, 2022, 2023, 2024, 2025, 2026] });
  });

  it('refuses a start date in an uncovered year even when the steps stay inside covered ones', () => {
    expect(() => addWorkdays('2019-12-31', 1)).toThrow(CalendarNotCoveredError);
    expect(() => workdaysBetween('2019-12-31', '2020-01-02')).toThrow(CalendarNotCoveredError);
  });

  it('refuses a count or a deadline that runs into an uncovered year', () => {
    expect(() => workdaysBetween('2026-12-01', '2027-01-05')).toThrow(CalendarNotCoveredError);
    expect(() => workdaysRemaining('2026-12-01', '2027-01-05')).toThrow(CalendarNotCoveredError);
    expect(() => deadlineWithSuspensions('2026-12-01', 30, [])).toThrow(CalendarNotCoveredError);
  });

  it('counts Monday to Friday there only when the caller opts into the weekday fallback', () => {
    const fallback = { fallback: 'weekdays' } as const;
    expect(dayKind('2027-01-01', fallback)).toEqual({ date: '2027-01-01', kind: 'workday' });
    expect(addWorkdays('2026-12-30', 5, fallback)).toBe('2027-01-06');
    expect(workdaysBetween('2026-12-30', '2027-01-06', fallback)).toBe(5);
    expect(dayKind('2026-10-01', fallback).kind).toBe('holiday');
  });

  it('needs no calendar to tell whether a date is past a deadline', () => {
    expect(isOverdue('2027-03-01', '2027-03-02')).toBe(true);
  });
});

describe('properties over random dates', () => {
  const rng = new Rng('calendar/working-days');
  // Start dates from March 2020 to September 2026 keep ±40 working days inside the covered years.
  const first = toDayNumber('2020-03-01');
  const last = toDayNumber('2026-09-30');
  const cases = Array.from({ length: 400 }, () => ({ a: fromDayNumber(rng.int(first, last)), n: rng.int(-40, 40) }));

  // An oracle straight from the committed JSON and the weekday, independent of the module.
  const years = base as Record<string, { holidays: string[]; workdays: string[] }>;
  const oracleWorking = (date: string) => {
    const year = years[date.slice(0, 4)];
    if (!year) throw new Error(`oracle has no ${date}`);
    if (year.workdays.includes(date)) return true;
    const weekday = weekdayOf(toDayNumber(date));
    return weekday >= 1 && weekday <= 5 && !year.holidays.includes(date);
  };

  it('workdaysBetween(a, addWorkdays(a, n)) === n', () => {
    for (const { a, n } of cases) expect(workdaysBetween(a, addWorkdays(a, n)), `${a} ${n}`).toBe(n);
  });

  it('lands on a working day for every n ≠ 0', () => {
    for (const { a, n } of cases) if (n !== 0) expect(isWorkday(addWorkdays(a, n)), `${a} ${n}`).toBe(true);
  });

  it('undoes itself from a working day: addWorkdays(addWorkdays(a, n), −n) === a', () => {
    for (const { a, n } of cases) if (isWorkday(a)) expect(addWorkdays(addWorkdays(a, n), -n), `${a} ${n}`).toBe(a);
  });

  it('grows strictly with n and never falls as the start moves later', () => {
    for (const { a, n } of cases) {
      expect(addWorkdays(a, n + 1) > addWorkdays(a, n), `${a} ${n}`).toBe(true);
      const later = fromDayNumber(toDayNumber(a) + 1);
      expect(addWorkdays(later, n) >= addWorkdays(a, n), `${a} ${n}`).toBe(true);
    }
  });

  it('adds up: workdaysBetween(a, b) + workdaysBetween(b, c) === workdaysBetween(a, c)', () => {
    for (const { a, n } of cases) {
      const b = fromDayNumber(toDayNumber(a) + Math.abs(n));
      const c = fromDayNumber(toDayNumber(b) + 17);
      expect(workdaysBetween(a, b) + workdaysBetween(b, c), `${a} ${n}`).toBe(workdaysBetween(a, c));
    }
  });

  it('agrees with an oracle that counts from the raw JSON', () => {
    for (const { a, n } of cases) {
      const b = fromDayNumber(toDayNumber(a) + n);
      const [from, to] = n >= 0 ? [a, b] : [b, a];
      const counted = datesOf(from, to).slice(1).filter(oracleWorking).length;
      expect(workdaysBetween(from, to), `${from} ${to}`).toBe(counted);
    }
  });
});
