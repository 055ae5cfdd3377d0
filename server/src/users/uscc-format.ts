// 统一社会信用代码 (GB 32100-2015): 18 characters from the code's own alphabet (digits and capital
// letters without I, O, Z, S, V); characters 3–8 are the registering authority's division code.
// Only the format is checked here; the check digit is left to the enterprise-register feature.
// The users table's CHECK constraint uses the same pattern.

export const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
