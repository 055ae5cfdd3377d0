// 一致性 (consistency): online and offline agree — one item guide and one case status on every
// channel (guide §6 "一次提交、多端获取"), the same parcel data in the catalog, the OGC API and the
// tiles, and commitments that never weaken the published indicators. Pure.
import { CHANNELS } from '../../cases/channels';
import { ITEM_STATUSES } from '../../cases/item-status';
import { isNotWeaker } from '../../commitments/committed-indicators';
import type { ParcelIndicator } from '../../domain/indicators';
import { INDICATORS } from '../../domain/indicators';
import type {
  AppliedLimitRecord,
  CaseTimelineRecord,
  CatalogItemRecord,
  CommitmentRecord,
  CommittedIndicatorRecord,
  PublicationSampleRecord,
} from '../evaluation-records';
import type { EvaluationContext } from '../evaluation-context';
import { contains } from '../quarter';
import { type DrillRow, type MetricOutcome, ratio } from '../metric';

const channelZh = (code: string) => CHANNELS.find((c) => c.code === code)?.labelZh ?? code;
const statusZh = (code: string) => ITEM_STATUSES.find((s) => s.code === code)?.labelZh ?? code;
const indicatorZh = (key: string) => INDICATORS.find((i) => i.key === key)?.labelZh ?? key;
const inQuarter = (at: Date, ctx: EvaluationContext) => contains(ctx.quarter, at) && at.getTime() <= ctx.asOfInstant.getTime();

/**
 * K1: catalog items whose time limits were the same whichever channel a case came through: for every
 * item, the (legal, committed) limits applied to case items opened in the quarter form the same set on
 * each channel. An item used on one channel only, or not at all, has nothing to disagree with.
 */
export function itemChannelConsistency(items: readonly CatalogItemRecord[], applied: readonly AppliedLimitRecord[], ctx: EvaluationContext): MetricOutcome {
  const rows: DrillRow[] = items.map((item) => {
    const byChannel = new Map<string, Set<string>>();
    for (const a of applied) {
      if (a.itemCode !== item.code || !inQuarter(a.openedAt, ctx)) continue;
      const set = byChannel.get(a.channel) ?? new Set<string>();
      set.add(`${a.committedLimitDays}/${a.legalLimitDays}`);
      byChannel.set(a.channel, set);
    }
    const signatures = [...byChannel.entries()].map(([channel, set]) => [channel, [...set].sort().join(',')] as const);
    const same = new Set(signatures.map(([, s]) => s)).size <= 1;
    const describe = signatures.map(([channel, s]) => `${channelZh(channel)} 承诺/法定 ${s.replaceAll(',', '、')} 日`).join('；');
    const noteZh =
      signatures.length === 0 ? '本季度无办件，目录单一来源' : signatures.length === 1 ? `仅${describe}` : same ? `各渠道一致：${describe}` : `渠道不一致：${describe}`;
    return { id: item.code, label: item.nameZh, zoneCode: null, divisionCode: null, passed: same, value: null, noteZh };
  });
  return { ...ratio(rows.filter((r) => r.passed).length, rows.length), rows };
}

/**
 * K2: cases whose item status was the same on every channel at every event: replaying each item's
 * transitions in the order they happened, every transition starts from the status the previous one
 * (on whatever channel) left, and the last one ends at the status the record shows now. Cases with a
 * transition in the quarter count; a break inside the quarter fails the case.
 */
export function caseStatusConsistency(timelines: readonly CaseTimelineRecord[], ctx: EvaluationContext): MetricOutcome {
  const rows: DrillRow[] = [];
  for (const t of timelines) {
    const upToNow = t.transitions.filter((e) => e.occurredAt.getTime() <= ctx.asOfInstant.getTime());
    if (!upToNow.some((e) => inQuarter(e.occurredAt, ctx))) continue;
    const breaks: string[] = [];
    const itemIds = [...new Set(upToNow.map((e) => e.itemId))];
    for (const itemId of itemIds) {
      const events = upToNow.filter((e) => e.itemId === itemId).sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.id - b.id);
      let status = 'pending';
      for (const e of events) {
        const from = e.fromStatus ?? 'pending';
        if (from !== status && inQuarter(e.occurredAt, ctx)) {
          breaks.push(`${e.itemCode} 在${channelZh(e.channel)}按“${statusZh(from)}”办理，其时状态已为“${statusZh(status)}”`);
        }
        status = e.toStatus;
      }
      const last = events[events.length - 1];
      const allForItem = t.transitions.filter((e) => e.itemId === itemId);
      const lastOverall = allForItem.reduce((a, b) => (b.occurredAt.getTime() > a.occurredAt.getTime() || (b.occurredAt.getTime() === a.occurredAt.getTime() && b.id > a.id) ? b : a));
      const current = t.currentStatus[itemId];
      if (last && last === lastOverall && inQuarter(last.occurredAt, ctx) && current !== undefined && current !== status) {
        breaks.push(`${last.itemCode} 记录状态“${statusZh(current)}”与最后一次办理结果“${statusZh(status)}”不符`);
      }
    }
    rows.push({
      id: t.caseCode,
      label: t.caseCode,
      zoneCode: t.zoneCode,
      divisionCode: t.divisionCode,
      passed: breaks.length === 0,
      value: null,
      noteZh: breaks.length === 0 ? '各渠道状态一致' : breaks.join('；'),
    });
  }
  return { ...ratio(rows.filter((r) => r.passed).length, rows.length), rows };
}

/** K3: sampled published parcels shown the same in the catalog API, the OGC API and the vector tiles. */
export function parcelPublicationConsistency(samples: readonly PublicationSampleRecord[]): MetricOutcome {
  const rows: DrillRow[] = samples.map((s) => ({
    id: s.code,
    label: s.code,
    zoneCode: s.zoneCode,
    divisionCode: s.divisionCode,
    passed: s.differences.length === 0,
    value: null,
    noteZh:
      s.differences.length === 0
        ? '目录、OGC API、矢量瓦片一致'
        : s.differences.map((d) => `${d.field}：目录 ${String(d.catalog)}，OGC ${String(d.ogc)}，瓦片 ${String(d.tile)}`).join('；'),
  }));
  return { ...ratio(rows.filter((r) => r.passed).length, rows.length), rows };
}

const asParcelIndicator = (i: CommittedIndicatorRecord): ParcelIndicator =>
  ({ key: i.key, comparator: i.comparator, value: i.value, valueMax: i.valueMax, textValue: i.textValue, unit: '', areaBase: 'gross' }) as ParcelIndicator;

/**
 * K4: commitments in force during the quarter whose every indicator is at least as strict as the
 * parcel's indicator as the catalog publishes it now (domain.md §5: online indicators equal the signed
 * agreement), and that commit to every indicator the parcel states.
 */
export function commitmentIndicatorConsistency(commitments: readonly CommitmentRecord[], ctx: EvaluationContext): MetricOutcome {
  const rows: DrillRow[] = [];
  for (const c of commitments) {
    const inForce = c.signedAt.getTime() < ctx.quarter.end.getTime() && c.signedAt.getTime() <= ctx.asOfInstant.getTime() && (c.closedAt === null || c.closedAt.getTime() >= ctx.quarter.start.getTime());
    if (!inForce) continue;
    const problems: string[] = [];
    for (const p of c.parcel) {
      const committed = c.committed.find((x) => x.key === p.key);
      if (!committed) problems.push(`${indicatorZh(p.key)}未承诺`);
      else if (!isNotWeaker(asParcelIndicator(p), committed)) problems.push(`${indicatorZh(p.key)}承诺值弱于地块指标`);
    }
    rows.push({
      id: c.id,
      label: `${c.id}（${c.parcelCode}）`,
      zoneCode: c.zoneCode,
      divisionCode: c.divisionCode,
      passed: problems.length === 0,
      value: null,
      noteZh: problems.length === 0 ? `${c.parcel.length} 项指标均不低于地块指标` : problems.join('；'),
    });
  }
  return { ...ratio(rows.filter((r) => r.passed).length, rows.length), rows };
}
