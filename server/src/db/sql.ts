import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SQL_ROOT = fileURLToPath(new URL('../../../sql/', import.meta.url));
const cache = new Map<string, string>();

/** The text of `sql/queries/<name>.sql`, read once. One statement per file, `$n` parameters only. */
export function sql(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(`${SQL_ROOT}queries/${name}.sql`, 'utf8');
    cache.set(name, text);
  }
  return text;
}

export const MIGRATIONS_DIR = `${SQL_ROOT}migrations/`;
