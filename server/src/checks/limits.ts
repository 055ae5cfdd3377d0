// Input limits and tolerances of the check engine, in one place so the HTTP layer, the client and
// the tests use the same numbers.

/** A plan with more positions (closing positions included) is rejected: PLAN_TOO_MANY_VERTICES. */
export const MAX_PLAN_VERTICES = 10_000;
/** A plan with more features is rejected: PLAN_TOO_MANY_FEATURES. */
export const MAX_PLAN_FEATURES = 5_000;

/** A footprint may stick out of the parcel by this much (survey precision of 报部 files is 0.01 m). */
export const CONTAINMENT_TOLERANCE_M = 0.05;
/** Building footprints overlapping by less than this are treated as sharing an edge. */
export const OVERLAP_TOLERANCE_M2 = 0.01;
/** A footprint smaller than this (10 cm × 10 cm) is degenerate: a slip of the pen, not a building. */
export const DEGENERATE_AREA_M2 = 0.01;

/** 2008 explanatory notes: a storey higher than 8 m counts its floor area twice in the FAR. */
export const TALL_STOREY_M = 8;

/** Relative slack when comparing with a bound, so reprojection noise (~1e-12) cannot flip a result
 *  that sits exactly on its bound. */
export const BOUND_EPSILON = 1e-9;

/** Distances (setbacks) within this of their bound pass: coordinates are stored to 1e-8° (about 1 mm)
 *  and surveyed to 0.01 m, so a building drawn exactly on the setback line must not fail by a hair. */
export const DISTANCE_TOLERANCE_M = 0.01;
