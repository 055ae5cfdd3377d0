// The wording of the standard-land commitment letter (承诺书). Modelled on the Zhejiang DB33/T draft's
// 投资建设协议 and Shanxi's 承诺制 practice (domain.md §3): the enterprise commits to the parcel's control
// indicators and deadlines, accepts verification at 竣工验收 and 达产复核, and consents to credit sharing.
export interface LetterTextInput {
  enterpriseName: string;
  authorityName: string;
  parcelCode: string;
  parcelName: string;
  projectName: string;
  projectCode: string;
  startBy: string;
  completeBy: string;
  outputBy: string;
}

export function letterParagraphs(i: LetterTextInput): string[] {
  return [
    `${i.authorityName}：`,
    `本企业（${i.enterpriseName}）依法取得标准地地块 ${i.parcelCode}（${i.parcelName}）的国有建设用地使用权，用于建设“${i.projectName}”（项目代码 ${i.projectCode}）。本企业已知悉该地块出让时确定的各项控制指标和区域评估成果，现郑重承诺如下：`,
    `一、严格按照本承诺书所列指标进行规划设计和建设，各项指标不低于地块出让标准。`,
    `二、于 ${i.startBy} 前开工建设，于 ${i.completeBy} 前竣工，于 ${i.outputBy} 前达产，并按要求申请竣工验收和达产复核。`,
    `三、所提交的材料真实、合法、有效，对承诺事项依法承担责任；接受有关部门的事中事后监管和核验。`,
    `四、同意将本承诺书及履约情况记入企业信用记录，并共享至山西省信用信息共享平台。`,
  ];
}

export function breachTerms(): string[] {
  return [
    `1. 竣工验收或达产复核未达到承诺指标的，企业应在整改期限内完成整改；整改后仍未达到的，视为违约。`,
    `2. 违约的，按照土地出让合同及投资建设协议的约定承担违约责任，包括支付违约金、核减优惠政策，情节严重的依法收回土地使用权。`,
    `3. 违约信息作为失信记录推送至山西省信用信息共享平台，依法依规实施失信联合惩戒；履约信息作为守信记录予以激励。`,
  ];
}

/** How the letter's authority is named: the zone's administrative committee signs for the government. */
export function authorityNameOf(zoneName: string): string {
  return zoneName.endsWith('管理委员会') ? zoneName : `${zoneName}管理委员会`;
}
