// Stand-in for 投资项目在线审批监管平台: answers GET /projects/{code} from a table of projects
// (docs/interfaces/investment-platform.md); unknown codes get 404.
import { startFakePeer, type FakePeer } from './fake-peer';

export interface FakeInvestmentProject {
  code: string;
  name: string;
  uscc: string;
  industryCode: string;
  filingStatus: string;
  filedAt: string | null;
  [extra: string]: unknown;
}

export interface FakeInvestmentPlatform extends FakePeer {
  projects: Map<string, FakeInvestmentProject>;
}

/** Two real-format projects: a filed one in 太原小店区 and a revoked one in 晋中榆次区 (USCCs with valid check digits). */
export const SAMPLE_PROJECTS: FakeInvestmentProject[] = [
  {
    code: '2026-140105-34-03-123456',
    name: '山西智能装备制造产业园项目',
    uscc: '91140100MA0K2Y1X5F',
    industryCode: '34',
    filingStatus: 'filed',
    filedAt: '2026-03-02T10:15:00+08:00',
    // An extra field the platform may send; our adapter ignores it.
    department: '太原市小店区行政审批服务管理局',
  },
  {
    code: '2025-140702-39-03-000871',
    name: '晋中电子元器件扩建项目',
    uscc: '91140700MA0GRL6N19',
    industryCode: '39',
    filingStatus: 'revoked',
    filedAt: '2025-08-20',
  },
];

export async function startFakeInvestmentPlatform(projects: FakeInvestmentProject[] = SAMPLE_PROJECTS): Promise<FakeInvestmentPlatform> {
  const table = new Map(projects.map((p) => [p.code, p]));
  const peer = await startFakePeer((req) => {
    const match = /^\/projects\/([^/?]+)$/.exec(req.path);
    if (req.method !== 'GET' || !match) return { status: 404, body: { error: `no route ${req.method} ${req.path}` } };
    const project = table.get(decodeURIComponent(match[1] as string));
    return project ? { status: 200, body: project } : { status: 404, body: { error: 'project not found' } };
  });
  return { ...peer, projects: table };
}
