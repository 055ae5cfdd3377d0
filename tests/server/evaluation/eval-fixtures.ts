// Hand-made evaluation inputs: 2026Q3 evaluated after it ended (as of 30 September, the quarter's end instant).
import { DEFAULT_THRESHOLDS, type EvaluationContext } from '../../../server/src/evaluation/evaluation-context';
import { parseQuarter, type Quarter } from '../../../server/src/evaluation/quarter';

export function quarter(code: string): Quarter {
  const q = parseQuarter(code);
  if (!q) throw new Error(`bad quarter ${code}`);
  return q;
}

export const Q3 = quarter('2026Q3');

export const CTX: EvaluationContext = { quarter: Q3, asOf: '2026-09-30', asOfInstant: Q3.end, thresholds: DEFAULT_THRESHOLDS };

export const JZ = { divisionCode: '140702', zoneCode: 'G140702' } as const;
export const LF = { divisionCode: '141002', zoneCode: 'S141002' } as const;

export const at = (iso: string) => new Date(iso);
