// 及时性 (timeliness): items finish within their committed working-day limits, published data and
// credit records reach their readers promptly. Working days use the one calendar (server/src/calendar)
// through the cases feature's item clock, so these figures equal what the case page shows. Pure.
import { CalendarNotCoveredError, workdaysBetween } from '../../calendar/working-days';
import type { IsoDate } from '../../calendar/iso-date';
import { itemClock } from '../../cases/deadlines';
import type { CaseItemRecord, CreditRecord, PublishRecord, SharedEventRecord } from '../evaluation-records';
import type { EvaluationContext } from '../evaluation-context';
import { contains, containsDay } from '../quarter';
import { type DrillRow, type MetricOutcome, mean, p90, ratio } from '../metric';

const HOUR_MS = 3_600_000;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Closed suspensions, and the start of one still open on `asOf`, as the item clock takes them. */
function suspensionsAsOf(item: CaseItemRecord, asOf: IsoDate) {
  const closed: { from: IsoDate; to: IsoDate }[] = [];
  let openSince: IsoDate | null = null;
  for (const s of item.suspensions) {
    if (s.from > asOf) continue;
    if (s.to !== null && s.to < asOf) closed.push({ from: s.from, to: s.to });
    else openSince = s.from;
  }
  return { closed, openSince };
}

interface FinishedItem {
  item: CaseItemRecord;
  workdays: number;
  onTime: boolean;
  dueOn: IsoDate | null;
}

/** Items completed in the quarter (up to the evaluation day), with working days used and whether on time. */
export function finishedItems(items: readonly CaseItemRecord[], ctx: EvaluationContext): FinishedItem[] {
  const out: FinishedItem[] = [];
  for (const item of items) {
    if (item.acceptedOn === null || item.completedOn === null) continue;
    if (!containsDay(ctx.quarter, item.completedOn) || item.completedOn > ctx.asOf) continue;
    const clock = itemClock(
      {
        status: 'completed',
        acceptedOn: item.acceptedOn,
        committedLimitDays: item.committedLimitDays,
        completedOn: item.completedOn,
        suspensions: item.suspensions.map((s) => ({ from: s.from, to: s.to ?? item.completedOn ?? s.from })),
        suspendedSince: null,
      },
      item.completedOn,
    );
    out.push({ item, workdays: clock.elapsedWorkdays ?? 0, onTime: clock.onTime === true, dueOn: clock.dueOn });
  }
  return out;
}

const itemRow = (f: FinishedItem, passed: boolean, noteZh: string): DrillRow => ({
  id: String(f.item.id),
  label: `${f.item.caseCode} ${f.item.itemName}`,
  zoneCode: f.item.zoneCode,
  divisionCode: f.item.divisionCode,
  passed,
  value: f.workdays,
  noteZh,
});

/** T1: items completed in the quarter by their committed due date (suspended days excluded). */
export function itemsWithinLimit(items: readonly CaseItemRecord[], ctx: EvaluationContext): MetricOutcome {
  const rows = finishedItems(items, ctx).map((f) =>
    itemRow(f, f.onTime, `${f.item.acceptedOn} 受理，${f.item.completedOn} 办结，用时 ${f.workdays} 个工作日，承诺 ${f.item.committedLimitDays} 日（应于 ${f.dueOn} 前）`),
  );
  return { ...ratio(rows.filter((r) => r.passed).length, rows.length), rows };
}

/** T2: mean working days from acceptance to completion of the items completed in the quarter. */
export function itemAverageWorkdays(items: readonly CaseItemRecord[], ctx: EvaluationContext): MetricOutcome {
  const finished = finishedItems(items, ctx);
  return { ...mean(finished.map((f) => f.workdays)), rows: finished.map((f) => itemRow(f, true, `用时 ${f.workdays} 个工作日`)) };
}

/** T3: the 90th percentile (nearest rank) of those working days. */
export function itemP90Workdays(items: readonly CaseItemRecord[], ctx: EvaluationContext): MetricOutcome {
  const finished = finishedItems(items, ctx).sort((a, b) => b.workdays - a.workdays);
  return { ...p90(finished.map((f) => f.workdays)), rows: finished.map((f) => itemRow(f, true, `用时 ${f.workdays} 个工作日`)) };
}

/**
 * T4: of the items open on the evaluation day (accepted, neither completed nor closed by then), the
 * share past their due date. A suspended item's clock stands still, so it is not overdue.
 */
export function overdueOpenItems(items: readonly CaseItemRecord[], ctx: EvaluationContext): MetricOutcome {
  const rows: DrillRow[] = [];
  for (const item of items) {
    if (item.acceptedOn === null || item.acceptedOn > ctx.asOf) continue;
    if (item.completedOn !== null && item.completedOn <= ctx.asOf) continue;
    if (item.closedOn !== null && item.closedOn <= ctx.asOf) continue;
    const { closed, openSince } = suspensionsAsOf(item, ctx.asOf);
    const clock = itemClock(
      { status: 'accepted', acceptedOn: item.acceptedOn, committedLimitDays: item.committedLimitDays, completedOn: null, suspensions: closed, suspendedSince: openSince },
      ctx.asOf,
    );
    rows.push({
      id: String(item.id),
      label: `${item.caseCode} ${item.itemName}`,
      zoneCode: item.zoneCode,
      divisionCode: item.divisionCode,
      passed: clock.overdue,
      value: clock.remainingWorkdays,
      noteZh: clock.overdue
        ? `应于 ${clock.dueOn} 办结，已超期 ${-(clock.remainingWorkdays ?? 0)} 个工作日`
        : openSince !== null
          ? `暂停计时（自 ${openSince}）`
          : `剩余 ${clock.remainingWorkdays} 个工作日（${clock.dueOn} 到期）`,
    });
  }
  return { ...ratio(rows.filter((r) => r.passed).length, rows.length), rows };
}

function publishWorkdays(p: PublishRecord): number {
  try {
    return workdaysBetween(p.approvedOn, p.publishedOn);
  } catch (err) {
    if (!(err instanceof CalendarNotCoveredError)) throw err;
    return workdaysBetween(p.approvedOn, p.publishedOn, { fallback: 'weekdays' });
  }
}

function publishedInQuarter(publishes: readonly PublishRecord[], ctx: EvaluationContext) {
  return publishes
    .filter((p) => containsDay(ctx.quarter, p.publishedOn) && p.publishedOn <= ctx.asOf)
    .map((p) => ({ p, days: publishWorkdays(p) }));
}

const publishRow = ({ p, days }: { p: PublishRecord; days: number }, passed: boolean): DrillRow => ({
  id: p.code,
  label: p.name,
  zoneCode: p.zoneCode,
  divisionCode: p.divisionCode,
  passed,
  value: days,
  noteZh: `${p.approvedOn} 审核通过，${p.publishedOn} 公开，用时 ${days} 个工作日`,
});

/** T5: parcels published in the quarter within the configured working days of their review approval. */
export function parcelPublishWithinLimit(publishes: readonly PublishRecord[], ctx: EvaluationContext): MetricOutcome {
  const rows = publishedInQuarter(publishes, ctx).map((x) => publishRow(x, x.days <= ctx.thresholds.publishLimitWorkdays));
  return { ...ratio(rows.filter((r) => r.passed).length, rows.length), rows };
}

/** T6: mean working days from review approval to publication for parcels published in the quarter. */
export function parcelPublishAverageWorkdays(publishes: readonly PublishRecord[], ctx: EvaluationContext): MetricOutcome {
  const list = publishedInQuarter(publishes, ctx);
  return { ...mean(list.map((x) => x.days)), rows: list.map((x) => publishRow(x, true)) };
}

/**
 * T7: credit records decided in the quarter that reached the provincial credit platform within the
 * configured hours. One still undelivered but younger than that on the evaluation instant is pending
 * and left out; one older is late.
 */
export function creditDeliveredWithinDay(credits: readonly CreditRecord[], ctx: EvaluationContext): MetricOutcome {
  const limitMs = ctx.thresholds.creditDeliveryHours * HOUR_MS;
  const rows: DrillRow[] = [];
  for (const c of credits) {
    if (!contains(ctx.quarter, c.decidedAt) || c.decidedAt.getTime() > ctx.asOfInstant.getTime()) continue;
    const delivered = c.deliveredAt !== null && c.deliveredAt.getTime() <= ctx.asOfInstant.getTime() ? c.deliveredAt : null;
    const lagMs = (delivered ?? ctx.asOfInstant).getTime() - c.decidedAt.getTime();
    if (delivered === null && lagMs <= limitMs) continue;
    const hours = round1(lagMs / HOUR_MS);
    rows.push({
      id: c.id,
      label: c.id,
      zoneCode: c.zoneCode,
      divisionCode: c.divisionCode,
      passed: delivered !== null && lagMs <= limitMs,
      value: delivered !== null ? hours : null,
      noteZh: delivered !== null ? `生成后 ${hours} 小时报送至省信用平台` : `已 ${hours} 小时仍未报送`,
    });
  }
  return { ...ratio(rows.filter((r) => r.passed).length, rows.length), rows };
}

/**
 * T8: item status changes in the quarter that reached the shared case record — the one every channel
 * and the engineering-approval platform read — within the configured hours of happening (a hall step
 * typed in days later leaves the online channel showing old data meanwhile).
 */
export function sharedDataFreshness(events: readonly SharedEventRecord[], ctx: EvaluationContext): MetricOutcome {
  const limitMs = ctx.thresholds.freshnessHours * HOUR_MS;
  const rows: DrillRow[] = [];
  for (const e of events) {
    if (!contains(ctx.quarter, e.occurredAt) || e.recordedAt.getTime() > ctx.asOfInstant.getTime()) continue;
    const lagMs = Math.max(0, e.recordedAt.getTime() - e.occurredAt.getTime());
    const hours = round1(lagMs / HOUR_MS);
    rows.push({
      id: String(e.id),
      label: `${e.caseCode} ${e.itemCode}`,
      zoneCode: e.zoneCode,
      divisionCode: e.divisionCode,
      passed: lagMs <= limitMs,
      value: hours,
      noteZh: `办理后 ${hours} 小时录入共享办件记录`,
    });
  }
  return { ...ratio(rows.filter((r) => r.passed).length, rows.length), rows };
}
