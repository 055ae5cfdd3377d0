import { describe, expect, it } from 'vitest';
import { scaleBar } from '../../client/src/features/sheet/scale-bar';

describe('the scale bar of the printed map', () => {
  it('takes the longest round length that fits', () => {
    // 1.2 m/px over at most 140 px: 168 m of room → 100 m.
    expect(scaleBar(1.2, 140)).toEqual({ meters: 100, px: 100 / 1.2, label: '100 m' });
    // 0.5 m/px: 70 m of room → 50 m.
    expect(scaleBar(0.5, 140)).toMatchObject({ meters: 50, px: 100, label: '50 m' });
    // 3 m/px: 420 m → 200 m.
    expect(scaleBar(3, 140)).toMatchObject({ meters: 200, label: '200 m' });
  });

  it('switches to kilometres from 1000 m', () => {
    expect(scaleBar(10, 140)).toMatchObject({ meters: 1000, label: '1 km' });
    expect(scaleBar(40, 140)).toMatchObject({ meters: 5000, label: '5 km' });
  });

  it('keeps small lengths free of float noise', () => {
    expect(scaleBar(0.0025, 140)).toMatchObject({ meters: 0.2, label: '0.2 m' });
  });

  it('never draws a bar longer than the room', () => {
    for (const mPerPx of [0.07, 0.3, 0.9, 1.7, 4.4, 13, 77, 250]) {
      const bar = scaleBar(mPerPx, 140);
      expect(bar?.px).toBeLessThanOrEqual(140);
      expect(bar?.px).toBeGreaterThanOrEqual(140 / 2.5 - 1e-9);
    }
  });

  it('draws nothing for a view without a resolution', () => {
    expect(scaleBar(0, 140)).toBeNull();
    expect(scaleBar(Number.NaN, 140)).toBeNull();
    expect(scaleBar(1, 0)).toBeNull();
  });
});
