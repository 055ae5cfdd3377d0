// The project figures form: which figures a parcel's indicators need (FIGURE_FORMULAS, the same
// table the engine computes with), and the typed-in text turned into ProjectFigures.
import { FIGURE_FORMULAS, type ProjectFigures } from '../../../../server/src/checks';
import type { ParcelIndicator } from '../../../../server/src/domain/indicators';

export type FigureName = keyof ProjectFigures;
export type FiguresDraft = Partial<Record<FigureName, string>>;

/** Form order: money first, then energy and emissions. */
const ORDER: readonly FigureName[] = [
  'fixedAssetInvestmentWanYuan',
  'annualTaxWanYuan',
  'annualOutputWanYuan',
  'valueAddedWanYuan',
  'energyUseTce',
  'emissionsTonnes',
  'rdSpendingWanYuan',
  'revenueWanYuan',
  'emissionStandard',
];

export function figuresNeeded(indicators: readonly Pick<ParcelIndicator, 'key'>[]): FigureName[] {
  const needed = new Set<FigureName>();
  for (const { key } of indicators) {
    if (key === 'emissionStandard') needed.add('emissionStandard');
    if (key in FIGURE_FORMULAS) {
      const formula = FIGURE_FORMULAS[key as keyof typeof FIGURE_FORMULAS];
      needed.add(formula.numerator);
      if (formula.denominator !== 'parcelMu') needed.add(formula.denominator);
    }
  }
  return ORDER.filter((name) => needed.has(name));
}

/** Blank fields are left out (the indicator reports "not provided"); text that is not a number too. */
export function figuresFromDraft(draft: FiguresDraft): ProjectFigures {
  const figures: Record<string, number | string> = {};
  for (const [name, text] of Object.entries(draft) as [FigureName, string | undefined][]) {
    const value = text?.trim() ?? '';
    if (value === '') continue;
    if (name === 'emissionStandard') {
      figures[name] = value;
      continue;
    }
    const n = Number(value);
    if (Number.isFinite(n)) figures[name] = n;
  }
  return figures as ProjectFigures;
}
