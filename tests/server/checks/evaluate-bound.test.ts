import { describe, expect, it } from 'vitest';
import { evaluateBound, evaluateText } from '../../../server/src/checks/evaluate-bound';
import { indicator } from './plan-builder';

describe('evaluateBound', () => {
  it('min: margin is actual − bound', () => {
    expect(evaluateBound(indicator('buildingCoverage', 'min', 40), 41.75)).toEqual({ status: 'pass', reason: 'WITHIN_BOUND', margin: 1.75 });
    expect(evaluateBound(indicator('buildingCoverage', 'min', 40), 35)).toEqual({ status: 'fail', reason: 'BELOW_MIN', margin: -5 });
  });

  it('max: margin is bound − actual', () => {
    expect(evaluateBound(indicator('greenRatio', 'max', 15), 16)).toEqual({ status: 'fail', reason: 'ABOVE_MAX', margin: -1 });
  });

  it('range: the nearer end decides', () => {
    const far = indicator('floorAreaRatio', 'range', 1, { valueMax: 2.5 });
    expect(evaluateBound(far, 1.2)).toMatchObject({ status: 'pass' });
    expect(evaluateBound(far, 1.2).margin).toBeCloseTo(0.2, 12);
    expect(evaluateBound(far, 3)).toEqual({ status: 'fail', reason: 'ABOVE_MAX', margin: -0.5 });
    expect(evaluateBound(far, 0.5)).toEqual({ status: 'fail', reason: 'BELOW_MIN', margin: -0.5 });
  });

  it('range with one open end behaves like min or max', () => {
    expect(evaluateBound(indicator('floorAreaRatio', 'range', null, { valueMax: 2 }), 2.5)).toMatchObject({ status: 'fail', reason: 'ABOVE_MAX' });
    expect(evaluateBound(indicator('floorAreaRatio', 'range', 1), 5)).toMatchObject({ status: 'pass', margin: 4 });
  });

  it('eq: passes only on the value', () => {
    expect(evaluateBound(indicator('floorAreaRatio', 'eq', 1.5), 1.5)).toMatchObject({ status: 'pass' });
    expect(evaluateBound(indicator('floorAreaRatio', 'eq', 1.5), 1.6)).toMatchObject({ status: 'fail', reason: 'NOT_EQUAL' });
  });

  it('absorbs floating-point noise exactly at the bound', () => {
    expect(evaluateBound(indicator('buildingCoverage', 'min', 40), 39.99999999999)).toMatchObject({ status: 'pass' });
    expect(evaluateBound(indicator('buildingCoverage', 'min', 40), 39.9999)).toMatchObject({ status: 'fail' });
  });

  it('errors when the parcel states no bound', () => {
    expect(evaluateBound(indicator('buildingCoverage', 'min', null), 40)).toEqual({ status: 'error', reason: 'BOUND_MISSING', margin: null });
  });

  it('compares text ignoring spaces and case', () => {
    const standard = indicator('emissionStandard', 'eq', null, { textValue: 'GB 31573-2015' });
    expect(evaluateText(standard, 'gb31573-2015').status).toBe('pass');
    expect(evaluateText(standard, 'GB 16297-1996').status).toBe('fail');
  });
});
