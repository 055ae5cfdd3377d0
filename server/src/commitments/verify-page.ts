// The public verification page a letter's QR code opens: plain server-rendered HTML, readable on any
// phone without JavaScript, saying whether the letter is authentic, altered or revoked.
import type { LetterVerification } from './commitments.service';
import type { CommitmentRow } from './commitments.repository';
import { formatBeijingTime } from '../pdf/format';
import { commitmentStatusLabel } from './commitment-status';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export const VERDICT_TEXT = {
  authentic: { zh: '真实有效', en: 'Authentic', tone: 'good' },
  altered: { zh: '内容已被篡改', en: 'Altered', tone: 'bad' },
  revoked: { zh: '已撤销（终止）', en: 'Revoked', tone: 'warn' },
  invalid_signature: { zh: '签名无效', en: 'Invalid signature', tone: 'bad' },
  unsigned: { zh: '尚未签署', en: 'Not signed yet', tone: 'warn' },
} as const;

export type VerdictKey = keyof typeof VERDICT_TEXT;

export function verdictOf(v: LetterVerification | null): VerdictKey {
  return v ? v.status : 'unsigned';
}

export function verifyPageHtml(c: CommitmentRow, v: LetterVerification | null): string {
  const verdict = VERDICT_TEXT[verdictOf(v)];
  const status = commitmentStatusLabel(c.status);
  const rows: [string, string][] = [
    ['承诺书编号', c.id],
    ['承诺书状态', status.labelZh],
    ['企业', `${c.enterpriseName}（${c.uscc}）`],
    ['地块', `${c.parcelCode} ${c.parcelName}`],
    ['项目', `${c.projectName}（${c.projectCode}）`],
    ['开工 / 竣工 / 达产', `${c.startBy} / ${c.completeBy} / ${c.outputBy}`],
  ];
  if (v) {
    rows.push(['SM3 摘要', v.details.signedDigestSm3Hex]);
    for (const s of c.signature?.signatures ?? []) {
      const check = v.details.signatures.find((x) => x.keyId === s.keyId);
      rows.push([s.role === 'enterprise' ? '企业签名' : '管委会签章', `${check?.valid ? '✓ 验证通过' : '✗ 验证失败'} · ${formatBeijingTime(new Date(s.signedAt))} · ${s.keyId}`]);
    }
  }
  const table = rows.map(([k, val]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(val)}</td></tr>`).join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>承诺书核验 ${escapeHtml(c.id)} · 标准地一张图</title>
<style>
body{font-family:"WenQuanYi Micro Hei","Microsoft YaHei",system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1b1f23}
main{max-width:40rem;margin:0 auto;padding:1.25rem}
h1{font-size:1.35rem;margin:.5rem 0 1rem}
.verdict{border-radius:.5rem;padding:1rem 1.25rem;font-size:1.4rem;font-weight:700;margin-bottom:1rem}
.good{background:#e3f4ea;color:#0b5d2a;border:2px solid #2e8b57}.bad{background:#fdeaea;color:#8a1414;border:2px solid #c0392b}
.warn{background:#fff4de;color:#7a4b00;border:2px solid #d68910}
.verdict small{display:block;font-size:.9rem;font-weight:400;margin-top:.25rem}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.5rem .6rem;border-bottom:1px solid #dde2e6;vertical-align:top;word-break:break-all}
th{width:8.5rem;color:#4a5560;font-weight:600}
p.note{font-size:.85rem;color:#4a5560}
</style></head>
<body><main>
<h1>标准地承诺书核验 <span lang="en">· Commitment letter check</span></h1>
<div class="verdict ${verdict.tone}" data-verdict="${verdictOf(v)}">${escapeHtml(verdict.zh)}<small lang="en">${escapeHtml(verdict.en)}</small></div>
<table>${table}</table>
<p class="note">本页根据系统存档的承诺书重新计算 SM3 摘要，并用登记的公钥验证企业和管委会的 SM2 签名。该签名为平台完整性与审计标记，不等同于依法设立的电子签章（GB/T 38540）。</p>
<p class="note" lang="en">This page recomputes the letter's SM3 digest from the archived letter and checks both SM2 signatures against the registered keys. It is an integrity mark, not a legal electronic seal.</p>
</main></body></html>`;
}
