// Realistic models for the renderers' tests (fictional enterprise and parcel, real formats).
import type { CaseReceiptPdfModel, CaseResultNoticePdfModel, CommitmentLetterPdfModel, EvaluationReportPdfModel } from '../../../server/src/pdf';

export const GENERATED_AT = new Date('2026-09-29T02:05:00Z'); // 10:05 Beijing time

export const LETTER: CommitmentLetterPdfModel = {
  generatedAt: GENERATED_AT,
  letterNumber: 'CN-140105-2026-0007',
  mark: null,
  enterprise: { name: '山西晋材新材料科技有限公司', uscc: '91140100MA0K3E4Y2D', legalRepresentative: '王晓明', address: '山西省太原市小店区长治路 227 号' },
  authority: { name: '山西转型综合改革示范区管理委员会' },
  parcel: { code: 'TY-ZGQ-2026-012', name: '示范区潇河园区 12 号标准地', zoneName: '山西转型综合改革示范区', location: '潇河产业园区正阳街以东、纬九路以南', areaM2: 66666.67 },
  project: { name: '年产 5000 吨高性能碳纤维复合材料项目', code: '2026-140105-34-03-123456', industry: 'C3062 玻璃纤维增强塑料制品制造' },
  paragraphs: [
    '本企业自愿参与标准地出让，已全面了解上述地块的控制指标、区域评估结论和相关政策，承诺按照本承诺书约定的指标和时限开发建设与生产经营。',
    '本企业承诺所提交的材料真实、有效，项目建设符合国土空间规划、产业政策和生态环境保护要求，并主动接受管理机构在竣工验收和达产复核阶段的核验。',
  ],
  indicators: [
    { label: '固定资产投资强度', parcelRequirement: '≥ 300', committedValue: '≥ 320', unit: '万元/亩', checkStage: 'completion' },
    { label: '容积率', parcelRequirement: '1.2 – 2.0', committedValue: '1.5 – 2.0', unit: '', checkStage: 'completion' },
    { label: '建筑系数', parcelRequirement: '≥ 40', committedValue: '≥ 45', unit: '%', checkStage: 'completion' },
    { label: '亩均税收', parcelRequirement: '≥ 15', committedValue: '≥ 18', unit: '万元/亩·年', checkStage: 'output' },
    { label: '单位能耗增加值', parcelRequirement: '≥ 2.5', committedValue: '≥ 2.5', unit: '万元/吨标煤', checkStage: 'output' },
  ],
  deadlines: { startBy: '2026-12-31', completeBy: '2028-06-30', productionBy: '2029-06-30' },
  breachTerms: [
    '未按期开工或竣工的，按照土地出让合同约定承担违约责任，并记入企业信用记录。',
    '竣工验收或达产复核未达到承诺指标的，应在管理机构规定的期限内整改；整改后仍未达到的，按差额比例支付违约金，情节严重的依法收回土地使用权。',
    '违约信息推送至山西省信用信息共享平台，依法实施失信联合惩戒。',
  ],
  signature: {
    sm3Digest: '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    enterprise: { signerName: '王晓明', signedAt: '2026-09-28 15:12', fingerprint: '3F9A 21C0 7B44 D1E8' },
    authority: { signerName: '李华（示范区管委会）', signedAt: '2026-09-29 09:40', fingerprint: 'A07C 55E2 19BD 0F63' },
  },
  verifyUrl: 'https://atlas.example.gov.cn/verify/5b0d2c0e-8f3a-4d61-9a47-2f1e6c9b7d10?h=66c7f0f4',
};

const CASE_BASE = {
  generatedAt: GENERATED_AT,
  caseCode: 'QDB-140105-2026-00042-K',
  caseUrl: 'https://atlas.example.gov.cn/cases/QDB-140105-2026-00042-K',
  channelLabel: '大厅窗口',
  enterprise: { name: LETTER.enterprise.name, uscc: LETTER.enterprise.uscc },
  parcel: { code: LETTER.parcel.code, name: LETTER.parcel.name, location: LETTER.parcel.location },
  project: { name: LETTER.project.name, code: LETTER.project.code },
  agent: { name: '赵丽娟', phone: '0351-5601234' },
  serviceHall: { name: '山西转型综合改革示范区政务服务中心', address: '太原市小店区正阳街 1 号 一层 A 区 8–12 号窗口', phone: '0351-5600000', hours: '工作日 9:00–12:00，13:30–17:30' },
};

export const RECEIPT: CaseReceiptPdfModel = {
  ...CASE_BASE,
  receivedOn: '2026-09-29',
  receivedBy: '孙涛',
  items: [
    { name: '企业投资项目备案', department: '示范区行政审批局', status: '已办结', committedLimitWorkdays: 1, dueOn: '2026-09-30', supplementDueOn: null },
    { name: '建设用地规划许可', department: '示范区规划和自然资源局', status: '已受理', committedLimitWorkdays: 3, dueOn: '2026-10-10', supplementDueOn: null },
    { name: '建设工程规划许可', department: '示范区规划和自然资源局', status: '容缺受理', committedLimitWorkdays: 5, dueOn: '2026-10-14', supplementDueOn: '2026-10-12' },
    { name: '施工许可', department: '示范区住房和城乡建设局', status: '材料准备', committedLimitWorkdays: 3, dueOn: '2026-10-19', supplementDueOn: null },
    { name: '水电气暖及通信报装', department: '供水、供电、燃气、热力、通信企业（大厅联合窗口）', status: '待提交', committedLimitWorkdays: 5, dueOn: '2026-10-21', supplementDueOn: null },
  ],
  materials: {
    held: [
      { name: '营业执照', source: '电子证照库（数据共享）' },
      { name: '不动产权证书（土地）', source: '地块档案 TY-ZGQ-2026-012' },
      { name: '企业投资项目标准地承诺书', source: '本系统（CN-140105-2026-0007）' },
    ],
    toSupply: [{ name: '建设工程设计方案（总平面图）', dueOn: '2026-10-12', note: '容缺：建设工程规划许可办结前补交' }],
  },
};

export const NOTICE: CaseResultNoticePdfModel = {
  ...CASE_BASE,
  issuedOn: '2026-10-21',
  results: [
    { name: '企业投资项目备案', department: '示范区行政审批局', result: '准予备案', documentNumber: '晋综示备〔2026〕128 号', finishedOn: '2026-09-29', withinLimit: true },
    { name: '建设用地规划许可', department: '示范区规划和自然资源局', result: '准予许可', documentNumber: '地字第 140105202600031 号', finishedOn: '2026-10-09', withinLimit: true },
    { name: '建设工程规划许可', department: '示范区规划和自然资源局', result: '准予许可', documentNumber: '建字第 140105202600057 号', finishedOn: '2026-10-16', withinLimit: false },
    { name: '施工许可', department: '示范区住房和城乡建设局', result: '办理中', documentNumber: null, finishedOn: null, withinLimit: null },
  ],
};

export const REPORT: EvaluationReportPdfModel = {
  generatedAt: GENERATED_AT,
  scopeName: '山西省太原市',
  quarter: '2026Q3',
  evaluator: '山西某某政务服务评估中心（第三方）',
  overallScore: 86.4,
  dimensionScores: { completeness: 91.2, consistency: 88, timeliness: 79.9 },
  metrics: [
    { dimension: 'completeness', name: '标准地地块信息完整率（几何、必填指标、区域评估、基础设施）', value: { kind: 'ratio', numerator: 182, denominator: 196 } },
    { dimension: 'completeness', name: '事项目录双渠道覆盖率', value: { kind: 'ratio', numerator: 41, denominator: 44 } },
    { dimension: 'consistency', name: '线上线下案件状态一致率', value: { kind: 'ratio', numerator: 1250, denominator: 1262 } },
    { dimension: 'consistency', name: '承诺指标不弱于地块指标的比例', value: { kind: 'ratio', numerator: 0, denominator: 0 } },
    { dimension: 'timeliness', name: '按承诺时限办结率', value: { kind: 'ratio', numerator: 318, denominator: 352 } },
    { dimension: 'timeliness', name: '事项平均办理时长', value: { kind: 'quantity', value: 3.64, unit: '个工作日', basis: '352 件' } },
  ],
  trend: {
    quarters: ['2025Q4', '2026Q1', '2026Q2', '2026Q3'],
    series: [
      { name: '综合', values: [78.2, 80.5, 83.1, 86.4] },
      { name: '完整性', values: [85, 86.3, 89.9, 91.2] },
      { name: '一致性', values: [80.1, null, 85.2, 88] },
      { name: '及时性', values: [69.4, 72.8, 74.1, 79.9] },
    ],
  },
  regionScores: [
    { region: '小店区', score: 91.3 },
    { region: '迎泽区', score: 88.7 },
    { region: '杏花岭区', score: 84.2 },
    { region: '尖草坪区', score: 79.5 },
    { region: '万柏林区', score: 86 },
    { region: '晋源区', score: 73.8 },
    { region: '清徐县', score: 70.2 },
    { region: '阳曲县', score: null },
    { region: '山西转型综合改革示范区', score: 92.5 },
  ],
  worstRegions: [
    { region: '清徐县', score: 70.2, weakestMetric: '按承诺时限办结率', weakestValue: '61.5%' },
    { region: '晋源区', score: 73.8, weakestMetric: '线上线下案件状态一致率', weakestValue: '90.2%' },
  ],
  findings: ['清徐县施工许可事项超时 5 件，主要集中在 9 月下旬。', '阳曲县本季度无标准地案件，无法评估。'],
  actions: [
    { target: '按承诺时限办结率 ≥ 90%', measures: '施工许可纳入并联审批，设立超时预警；每周通报。', owner: '清徐县行政审批局', deadline: '2026-12-31', status: 'in_progress', targetMet: null },
    { target: '案件状态一致率 ≥ 99%', measures: '大厅窗口录入与网上办理共用同一案件记录。', owner: '晋源区政务服务中心', deadline: '2026-09-30', status: 'overdue', targetMet: false },
    { target: '地块信息完整率 ≥ 95%', measures: '补录区域评估与基础设施配套信息。', owner: '太原市规划和自然资源局', deadline: '2026-08-31', status: 'done', targetMet: true },
  ],
};
