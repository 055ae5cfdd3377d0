// The policy library's URL vocabulary and labels (client/src/features/policies).
import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY_FILTERS, policySearchParams, readPolicyFilters, writePolicyFilters } from '../../client/src/features/policies/policy-api';
import { policyBodyOf } from '../../client/src/features/policies/policy-form';
import { categoryLabel, scopeDivisionLabel, validityLabel, validityRange, beijingMinute } from '../../client/src/features/policies/policy-labels';

describe('the policy page URL', () => {
  it('reads filters and drops what is malformed', () => {
    const f = readPolicyFilters(new URLSearchParams('q=贴息&category=finance,lottery,tax&zone=G140702&parcel=140702-2025-0001&validity=current&exempt=true&page=3'));
    expect(f).toEqual({ q: '贴息', categories: ['finance', 'tax'], zone: 'G140702', parcel: '140702-2025-0001', validity: 'current', exempt: true, page: 3 });
    expect(readPolicyFilters(new URLSearchParams('zone=x&parcel=1&validity=soon&page=-2'))).toEqual(EMPTY_POLICY_FILTERS);
  });

  it('writes only what differs from the defaults and keeps other parameters', () => {
    const params = writePolicyFilters({ ...EMPTY_POLICY_FILTERS, q: ' 人才 ', categories: ['talent'], page: 2 }, new URLSearchParams('lang=en&q=old'));
    expect(params.toString()).toBe('lang=en&q=%E4%BA%BA%E6%89%8D&category=talent&page=2');
    expect(writePolicyFilters(EMPTY_POLICY_FILTERS).toString()).toBe('');
  });

  it('asks the API for the page as limit and offset', () => {
    expect(policySearchParams({ ...EMPTY_POLICY_FILTERS, exempt: true, page: 3 }).toString()).toBe('exempt=true&limit=10&offset=20');
  });
});

describe('policy labels', () => {
  it('names categories, validity and scopes in both languages', () => {
    expect(categoryLabel('tax', 'zh')).toBe('税费');
    expect(categoryLabel('tax', 'en')).toBe('Taxes and fees');
    expect(validityLabel('expired', 'zh')).toBe('已失效');
    expect(scopeDivisionLabel('14', 'zh')).toBe('全省');
    expect(scopeDivisionLabel('1401', 'en')).toBe('Division 1401');
    expect(scopeDivisionLabel(null, 'zh')).toBeNull();
  });

  it('writes the validity range, open-ended or repealed', () => {
    expect(validityRange({ effectiveFrom: '2025-05-01', effectiveUntil: '2027-04-30', repealedOn: null }, 'zh')).toBe('2025-05-01 至 2027-04-30');
    expect(validityRange({ effectiveFrom: '2025-05-01', effectiveUntil: null, repealedOn: '2026-01-01' }, 'zh')).toBe('2025-05-01 至 长期有效（2026-01-01 废止）');
  });

  it('shows times in Beijing time', () => {
    expect(beijingMinute('2026-03-11T06:40:00Z')).toBe('2026-03-11 14:40');
  });
});

describe('the publish form', () => {
  const empty = {
    title: '', category: 'subsidy', issuer: '', documentNo: '', issuedOn: '', effectiveFrom: '', effectiveUntil: '', scopeDivision: '',
    summary: '', fullText: '', exemptApplication: false, contact: '', attachmentName: '', attachmentUrl: '', zoneCodes: [] as string[],
  };

  it('sends what was filled in, the issue date as the start by default, and no empty optional field', () => {
    expect(policyBodyOf({ ...empty, title: '补贴', issuer: '管委会', issuedOn: '2026-01-05', fullText: '正文' })).toEqual({
      title: '补贴', category: 'subsidy', issuer: '管委会', issuedOn: '2026-01-05', effectiveFrom: '2026-01-05', fullText: '正文',
      summary: '', contact: '', exemptApplication: false, zoneCodes: [],
    });
    const full = policyBodyOf({ ...empty, title: 't', issuer: 'i', issuedOn: '2026-01-05', fullText: 'f', documentNo: ' 晋财〔2026〕1号 ', effectiveUntil: '2026-12-31',
      scopeDivision: '1407', attachmentUrl: 'https://czt.shanxi.gov.cn/', zoneCodes: ['G140702'] });
    expect(full).toMatchObject({ documentNo: '晋财〔2026〕1号', effectiveUntil: '2026-12-31', scopeDivision: '1407', zoneCodes: ['G140702'],
      attachments: [{ name: 'https://czt.shanxi.gov.cn/', url: 'https://czt.shanxi.gov.cn/', mediaType: 'text/html' }] });
  });
});
