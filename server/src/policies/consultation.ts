// Policy consultation (政策咨询, guide §6: disclosure online and consultation in halls and hotlines):
// one record per question, whichever channel it came in on, read the same way by the enterprise
// online and by the hall desk.

/** Where a question was asked or answered (channel codes as domain.md §4, plus the 12345 hotline). */
export const CONSULTATION_CHANNELS = [
  { code: 'ONLINE_PORTAL', labelZh: '政务服务网', labelEn: 'Online portal' },
  { code: 'HALL_WINDOW', labelZh: '大厅窗口', labelEn: 'Service-hall window' },
  { code: 'SELF_SERVICE_KIOSK', labelZh: '自助终端', labelEn: 'Self-service kiosk' },
  { code: 'HOTLINE', labelZh: '政务服务热线', labelEn: 'Government service hotline' },
] as const;
export type ConsultationChannel = (typeof CONSULTATION_CHANNELS)[number]['code'];
export const CONSULTATION_CHANNEL_CODES = CONSULTATION_CHANNELS.map((c) => c.code) as readonly ConsultationChannel[];

/** pending → answered → closed; a pending question may also be closed (withdrawn by the asker). */
export const CONSULTATION_STATUSES = [
  { code: 'pending', labelZh: '待答复', labelEn: 'Awaiting answer' },
  { code: 'answered', labelZh: '已答复', labelEn: 'Answered' },
  { code: 'closed', labelZh: '已办结', labelEn: 'Closed' },
] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number]['code'];
export const CONSULTATION_STATUS_CODES = CONSULTATION_STATUSES.map((s) => s.code) as readonly ConsultationStatus[];

export const CONSULTATION_MOVES: Record<'answer' | 'close', readonly ConsultationStatus[]> = {
  answer: ['pending', 'answered'],
  close: ['pending', 'answered'],
};
