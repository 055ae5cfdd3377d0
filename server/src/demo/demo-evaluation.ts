// Demo history for the quarterly evaluation (issue #8): when each published demo parcel was approved
// and published, and a third-party evaluator's findings with the improvement actions staff set from
// them. Run after the demo cases.
//
// The catalog loader stamps every published demo parcel as published "now", which would put the whole
// catalog into the current quarter; here each gets a plausible review approval and publication date
// before its listing, with the approval-to-publication lag differing by zone the way the demo cases
// do (晋中 fast, 临汾 slow). Deterministic: the same dates on every machine.
import { Rng } from '../../../fixtures/lib/prng';
import { fromDayNumber, toDayNumber } from '../calendar/iso-date';
import { addWorkdays } from '../calendar/working-days';
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import { beijingMidnight } from '../evaluation/quarter';

/** The demo's "today": the last day the demo cases cover (demo-case-plan.ts). */
const DEMO_END = '2026-11-30';

/** Working days from review approval to publication, by zone (invented for the demo). */
const PUBLISH_LAG: Record<string, [number, number]> = {
  G140702: [0, 2],
  G140105: [0, 3],
  G140403: [1, 4],
  S141002: [3, 12],
  S140802: [2, 9],
};
const DEFAULT_LAG: [number, number] = [1, 6];

interface PublishedParcel {
  code: string;
  zoneCode: string;
  listedOn: string | null;
}

/** Beijing office hours on a day, as an instant. */
const atHour = (day: string, hour: number, minute: number) => new Date(beijingMidnight(day).getTime() + (hour * 60 + minute) * 60_000).toISOString();

export function demoPublicationTimes(parcels: readonly PublishedParcel[]): { code: string; approvedAt: string; publishedAt: string }[] {
  return parcels.map((p) => {
    const rng = new Rng(`demo-publication:${p.code}`);
    const year = Number(p.code.slice(7, 11));
    // Published two to six weeks before listing; without a listing date, in the parcel's code year.
    const anchor = p.listedOn ?? `${year}-${String(rng.int(1, 10)).padStart(2, '0')}-15`;
    let published = fromDayNumber(toDayNumber(anchor) - rng.int(14, 42));
    if (published > DEMO_END) published = fromDayNumber(toDayNumber(DEMO_END) - rng.int(1, 20));
    const [min, max] = PUBLISH_LAG[p.zoneCode] ?? DEFAULT_LAG;
    const approved = addWorkdays(published, -rng.int(min, max), { fallback: 'weekdays' });
    return { code: p.code, approvedAt: atHour(approved, rng.int(9, 11), rng.int(0, 59)), publishedAt: atHour(published, rng.int(14, 17), rng.int(0, 59)) };
  });
}

interface DemoFinding {
  quarter: string;
  scope: string;
  metricKey: string;
  severity: 'low' | 'medium' | 'high';
  title: string;
  description: string;
  createdAt: string;
  actions: {
    targetValue: number;
    targetQuarter: string;
    measures: string;
    owner: string;
    deadline: string;
    status: 'planned' | 'in_progress' | 'done';
    createdAt: string;
    doneAt?: string;
  }[];
}

// Written as a third-party evaluator would after reading the demo quarters; whether each target was
// met is not asserted here but computed by the report from the data.
const DEMO_FINDINGS: readonly DemoFinding[] = [
  {
    quarter: '2026Q1',
    scope: 'S141002',
    metricKey: 'items_within_limit',
    severity: 'high',
    title: '临汾经开区审批事项超承诺时限比例高',
    description: '抽查发现规划许可、施工许可和公用事业报装多次超过承诺时限，窗口受理后流转慢，暂停计时使用频繁且缺少说明。',
    createdAt: '2026-04-15T02:00:00Z',
    actions: [
      {
        targetValue: 0.7,
        targetQuarter: '2026Q3',
        measures: '推行“受理即流转”，每周通报超期事项；暂停计时须经分管领导审批并在办件中写明原因。',
        owner: '临汾经济开发区行政审批局',
        deadline: '2026-09-30',
        status: 'done',
        createdAt: '2026-04-20T02:00:00Z',
        doneAt: '2026-09-25T08:00:00Z',
      },
    ],
  },
  {
    quarter: '2026Q2',
    scope: 'S141002',
    metricKey: 'case_materials_reused',
    severity: 'medium',
    title: '窗口仍要求企业提交营业执照纸质复印件',
    description: '电子证照库可查验的营业执照和地块出让合同仍被窗口要求重复提交，与“已持有材料不再重复提交”的要求不符。',
    createdAt: '2026-07-14T02:00:00Z',
    actions: [
      {
        targetValue: 0.9,
        targetQuarter: '2026Q4',
        measures: '窗口受理系统接入电子证照库，取消营业执照、出让合同复印件收取；对窗口人员开展培训。',
        owner: '临汾经济开发区政务服务中心',
        deadline: '2026-12-31',
        status: 'in_progress',
        createdAt: '2026-07-20T02:00:00Z',
      },
    ],
  },
  {
    quarter: '2026Q2',
    scope: '14',
    metricKey: 'case_status_consistency',
    severity: 'low',
    title: '部分大厅办理环节未及时同步到网上办件',
    description: '少量办件在大厅窗口办理后，网上状态更新滞后，企业在政务服务网看到的状态与窗口不一致。',
    createdAt: '2026-07-15T02:00:00Z',
    actions: [],
  },
  {
    quarter: '2026Q3',
    scope: 'S140802',
    metricKey: 'overdue_open_items',
    severity: 'medium',
    title: '运城经开区在办事项超期积压',
    description: '季度末在办事项中超期比例偏高，主要集中在联合验收和不动产登记环节。',
    createdAt: '2026-10-16T02:00:00Z',
    actions: [
      {
        targetValue: 0.1,
        targetQuarter: '2026Q4',
        measures: '建立超期事项周调度机制，联合验收实行“一次踏勘、限时出具意见”。',
        owner: '运城经济技术开发区管理委员会',
        deadline: '2026-11-30',
        status: 'planned',
        createdAt: '2026-10-20T02:00:00Z',
      },
    ],
  },
];

/** Backdates the demo parcels' publication and writes the demo findings and actions. Call inside a transaction. */
export async function loadDemoEvaluation(tx: Queryable): Promise<number> {
  const { rows } = await tx.query<PublishedParcel>(sql('evaluation/demo-published-parcels'));
  await tx.query(sql('evaluation/demo-set-publication-times'), [JSON.stringify(demoPublicationTimes(rows))]);
  for (const f of DEMO_FINDINGS) {
    const { rows: created } = await tx.query<{ id: number }>(sql('evaluation/demo-insert-finding'), [
      f.quarter,
      f.scope,
      f.metricKey,
      f.severity,
      f.title,
      f.description,
      'evaluator',
      'evaluator',
      f.createdAt,
    ]);
    const findingId = (created[0] as { id: number }).id;
    for (const a of f.actions) {
      await tx.query(sql('improvement-actions/demo-insert'), [
        findingId,
        f.metricKey,
        f.scope,
        a.targetValue,
        a.targetQuarter,
        a.measures,
        a.owner,
        a.deadline,
        a.status,
        a.doneAt ?? null,
        'publisher',
        a.createdAt,
      ]);
    }
  }
  return rows.length;
}
