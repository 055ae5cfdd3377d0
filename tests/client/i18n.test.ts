import { describe, expect, it } from 'vitest';
import { CHECK_ERROR_CODES, CHECK_REASONS, projectFiguresSchema, RESULT_STATUSES, STRUCTURAL_CHECKS, VERDICTS, WARNING_CODES } from '../../server/src/checks';
import { FEATURE_KINDS } from '../../server/src/checks/site-plan';
import { ASSESSMENT_CONCLUSIONS, ASSESSMENT_TYPES } from '../../server/src/domain/assessments';
import { INDICATORS } from '../../server/src/domain/indicators';
import { LAND_USES } from '../../server/src/domain/land-use';
import { INFRASTRUCTURE, PARCEL_STATUSES, SUPPLY_METHODS } from '../../server/src/domain/parcel-status';
import { labelOf, MESSAGES, placeholders, translate } from '../../client/src/app/i18n';
import { SORTS } from '../../client/src/app/url-state';
import { knownUnits, unitLabel } from '../../client/src/lib/format';

const ids = Object.keys(MESSAGES);
const entries = Object.entries(MESSAGES) as [keyof typeof MESSAGES, { zh: string; en: string }][];

describe('i18n dictionary', () => {
  it('has Chinese and English text for every message id', () => {
    const missing = entries.filter(([, m]) => m.zh.trim() === '' || m.en.trim() === '').map(([id]) => id);
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = entries.filter(([, m]) => placeholders(m.zh).join() !== placeholders(m.en).join()).map(([id]) => id);
    expect(mismatched).toEqual([]);
  });

  it('keeps Chinese out of the English text, except where data names are quoted on purpose', () => {
    const allowed = new Set(['app.language', 'app.languageLabel']);
    const chineseInEnglish = entries.filter(([id, m]) => !allowed.has(id) && /[\u4e00-\u9fff]/.test(m.en)).map(([id]) => id);
    expect(chineseInEnglish).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh', 'list.total', { total: '1,024' })).toBe('共 1,024 宗');
    expect(translate('en', 'list.total', { total: 3 })).toBe('3 parcels');
    expect(translate('en', 'check.title')).toBe('Will my project fit? {code}');
  });

  it.each([
    ['check reasons', 'reason', Object.values(CHECK_REASONS)],
    ['warning codes', 'warning', Object.values(WARNING_CODES)],
    ['input error codes', 'inputError', Object.values(CHECK_ERROR_CODES)],
    ['result statuses', 'resultStatus', [...RESULT_STATUSES]],
    ['verdicts', 'verdict', [...VERDICTS]],
    ['project figures', 'figure', Object.keys(projectFiguresSchema.shape)],
    ['sort orders', 'sort', [...SORTS]],
  ])('names every one of the engine’s %s', (_name, prefix, codes) => {
    const missing = codes.filter((code) => !ids.includes(`${prefix}.${code}`));
    expect(missing).toEqual([]);
  });

  it('takes the shared code lists’ own labels in both languages', () => {
    const lists = [PARCEL_STATUSES, LAND_USES, INDICATORS, ASSESSMENT_TYPES, ASSESSMENT_CONCLUSIONS, INFRASTRUCTURE, SUPPLY_METHODS, FEATURE_KINDS, Object.values(STRUCTURAL_CHECKS)];
    for (const item of lists.flat()) {
      expect(labelOf(item, 'zh')).toBe(item.labelZh);
      expect(labelOf(item, 'en')).toMatch(/^[^\u4e00-\u9fff]+$/);
    }
  });

  it('has an English unit for every indicator unit in the catalogue', () => {
    const units = new Set(INDICATORS.map((i) => i.unit));
    expect([...units].filter((u) => !knownUnits().includes(u))).toEqual([]);
    expect(unitLabel('万元/亩', 'en')).toBe('10k CNY/mu');
    expect(unitLabel('万元/亩', 'zh')).toBe('万元/亩');
  });
});
