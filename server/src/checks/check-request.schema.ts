// Request body of a check: the plan, the project's figures and optionally the plan's CRS.
// The plan is left `unknown` here on purpose: runChecks validates it and answers with stable
// codes (PLAN_TOO_MANY_VERTICES, AXIS_SWAPPED, …) that a zod message could not carry.
import { z } from 'zod';

const amount = z.number().nonnegative().nullish();

/** Project figures (all optional; a missing one makes its indicator `not_provided`). */
export const projectFiguresSchema = z
  .object({
    totalInvestmentWanYuan: amount,
    /** 固定资产总投资 incl. buildings, equipment and land price (2008 notes). */
    fixedAssetInvestmentWanYuan: amount,
    annualTaxWanYuan: amount,
    annualOutputWanYuan: amount,
    energyUseTce: amount,
    valueAddedWanYuan: amount,
    emissionsTonnes: amount,
    rdSpendingWanYuan: amount,
    revenueWanYuan: amount,
    employees: z.number().int().nonnegative().nullish(),
    /** The emission standard the project commits to, compared with the parcel's text indicator. */
    emissionStandard: z.string().trim().min(1).max(200).nullish(),
  })
  .strict();
export type ProjectFigures = z.infer<typeof projectFiguresSchema>;

export const checkRequestSchema = z
  .object({
    plan: z.unknown(),
    figures: projectFiguresSchema.default({}),
    /** EPSG code of the plan's coordinates; required when they are GK without a zone prefix. */
    planSrid: z.number().int().optional(),
  })
  .strict();
export type CheckRequest = z.infer<typeof checkRequestSchema>;
