// A small RFC 4180 reader: comma-separated, fields optionally in double quotes, "" for a quote
// inside quotes, CRLF or LF line ends, line breaks allowed inside quotes. Blank lines are skipped.
// Strict where RFC 4180 is: a quote inside an unquoted field or text after a closing quote is an
// error, so a broken file is refused rather than read into shifted columns.

export type CsvParse = { ok: true; rows: string[][] } | { ok: false; line: number; message: string };

export function parseCsv(text: string): CsvParse {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  const endField = () => {
    row.push(field);
    field = '';
    afterQuote = false;
  };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        afterQuote = true;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === ',') {
      endField();
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
    } else if (afterQuote) {
      return { ok: false, line, message: `text after a closing quote: ${JSON.stringify(c)}` };
    } else if (c === '"') {
      if (field !== '') return { ok: false, line, message: 'a quote inside an unquoted field' };
      quoted = true;
    } else {
      field += c;
    }
  }
  if (quoted) return { ok: false, line, message: 'a quoted field is not closed' };
  endRow();
  return { ok: true, rows };
}
