// 投资项目在线审批监管平台 (investment project online approval and supervision platform): look up a
// project by its code before a commitment or case is opened (guide §6). A read, not an outbox topic.
// The call never throws: a timeout, refused connection, 5xx or malformed answer is "unavailable",
// so our API answers 503 instead of 500. Interface: docs/interfaces/investment-platform.md.
import { z } from 'zod';
import { validateProjectCode } from '../domain/project-code';
import { authHeaders, usccText } from './envelope';
import { peerRequest } from './peer-request';

export const FILING_STATUSES = {
  pending: { zh: '办理中', en: 'in progress' },
  filed: { zh: '已备案', en: 'filed' },
  approved: { zh: '已审批/核准', en: 'approved' },
  revoked: { zh: '已撤销', en: 'revoked' },
} as const;
export type FilingStatus = keyof typeof FILING_STATUSES;

const FILING_STATUS_CODES = Object.keys(FILING_STATUSES) as [FilingStatus, ...FilingStatus[]];

/** The platform's answer for one project (extra fields are ignored). */
export const investmentProjectResponse = z.object({
  code: z.string(),
  name: z.string().min(1),
  uscc: usccText,
  industryCode: z.string().regex(/^\d{2,4}$/),
  filingStatus: z.enum(FILING_STATUS_CODES),
  filedAt: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).nullable(),
});
export type InvestmentProject = z.infer<typeof investmentProjectResponse>;

export interface InvestmentPlatformSettings {
  /** Base URL; the project is read from `${baseUrl}/projects/${code}`. */
  baseUrl: string;
  token?: string;
  timeoutMs?: number;
}

export type InvestmentLookupFailure = 'invalid-code' | 'not-configured' | 'not-found' | 'unavailable';
export type InvestmentLookup = { ok: true; project: InvestmentProject } | { ok: false; reason: InvestmentLookupFailure; detail: string };

const DEFAULT_TIMEOUT_MS = 10_000;

export function projectUrl(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/projects/${encodeURIComponent(code)}`;
}

/** Maps the platform's HTTP answer to a lookup result (pure, tested without a server). */
export function readProjectAnswer(code: string, status: number, body: unknown): InvestmentLookup {
  if (status === 404) return { ok: false, reason: 'not-found', detail: `投资项目在线审批监管平台没有项目代码 ${code} (no such project).` };
  if (status < 200 || status > 299) return { ok: false, reason: 'unavailable', detail: `投资项目在线审批监管平台返回 HTTP ${status} (the platform answered ${status}).` };
  const parsed = investmentProjectResponse.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: 'unavailable', detail: `投资项目在线审批监管平台的应答格式不符 (unexpected answer: ${issue?.path.join('.') || 'body'} ${issue?.message ?? ''}).` };
  }
  if (parsed.data.code !== code) return { ok: false, reason: 'unavailable', detail: `投资项目在线审批监管平台返回了另一个项目 ${parsed.data.code} (answered for another code).` };
  return { ok: true, project: parsed.data };
}

export async function lookupInvestmentProject(code: string, settings: InvestmentPlatformSettings | undefined): Promise<InvestmentLookup> {
  const checked = validateProjectCode(code);
  if (!checked.valid) return { ok: false, reason: 'invalid-code', detail: `项目代码格式不正确 (${checked.reason}).` };
  if (!settings) return { ok: false, reason: 'not-configured', detail: '未配置投资项目在线审批监管平台接口 (INVESTMENT_PLATFORM_URL is not set).' };
  const res = await peerRequest({
    method: 'GET',
    url: projectUrl(settings.baseUrl, checked.code),
    headers: authHeaders(settings.token),
    timeoutMs: settings.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  if (!res.ok) {
    const what = res.kind === 'timeout' ? '响应超时' : '无法连接';
    return { ok: false, reason: 'unavailable', detail: `投资项目在线审批监管平台${what}，请稍后再试 (${res.error}).` };
  }
  return readProjectAnswer(checked.code, res.status, res.json);
}
