// Spreadsheet formula injection (OWASP "CSV injection"): a text cell starting with = + - @ tab or
// CR is run as a formula by Excel/WPS. Writers prefix such cells with an apostrophe; the reader
// takes the apostrophe off again so our own exports round-trip.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function restoreFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** RFC 4180 quoting: quote when the cell holds a comma, quote or line break. */
export function quoteCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
