// Text of the offline banner, the outbox (待发送) and the offline write lock.
export const OFFLINE_MESSAGES = {
  'offline.banner': { zh: '网络已断开，正在显示缓存的数据', en: 'The network is down; showing cached data' },
  'offline.cachedAt': { zh: '数据时间：{time}', en: 'Data as of {time}' },
  'offline.writeDisabled': { zh: '离线时不能提交', en: 'Cannot submit while offline' },
  'offline.staffLocked': {
    zh: '离线时不能提交：发布、审核、导入和编辑在网络恢复后可用。',
    en: 'Cannot submit while offline: publishing, review, imports and edits are available again once the network is back.',
  },
  'offline.pageLocked': {
    zh: '离线时不能提交：网络恢复后即可继续办理，已填写的内容会保留。',
    en: 'Cannot submit while offline: carry on once the network is back; what you have entered is kept.',
  },
  'offline.updateReady': { zh: '新版本已就绪。', en: 'A new version is ready.' },
  'offline.reload': { zh: '刷新使用', en: 'Reload' },

  'outbox.title': { zh: '待发送（{n}）', en: 'Waiting to send ({n})' },
  'outbox.checkRecord': { zh: '核验记录 · {code} {name}', en: 'Check record · {code} {name}' },
  'outbox.queuedAt': { zh: '{time} 保存', en: 'saved {time}' },
  'outbox.state.queued': { zh: '网络恢复后自动发送', en: 'Will be sent when the network is back' },
  'outbox.state.sending': { zh: '正在发送…', en: 'Sending…' },
  'outbox.state.needs-sign-in': { zh: '登录已过期，请重新登录后点“重新发送”', en: 'Your session has ended: sign in again, then choose “Send again”' },
  'outbox.state.other-account': { zh: '由账号 {username} 保存，请以该账号登录后重新发送', en: 'Saved by {username}: sign in as that account to send it' },
  'outbox.state.refused': { zh: '服务器未接受：{detail}', en: 'The server did not accept it: {detail}' },
  'outbox.retry': { zh: '重新发送', en: 'Send again' },
  'outbox.dismiss': { zh: '放弃', en: 'Discard' },
  'outbox.sent': { zh: '核验记录 #{id} 已发送（地块 {code}）', en: 'Check record #{id} sent (parcel {code})' },
  'outbox.queued': { zh: '离线：核验记录已加入待发送，网络恢复后自动发送。', en: 'Offline: the record is queued and will be sent when the network is back.' },
  'outbox.queueFailed': { zh: '无法离线保存：{detail}', en: 'Cannot keep the record offline: {detail}' },
} as const satisfies Record<string, { zh: string; en: string }>;
