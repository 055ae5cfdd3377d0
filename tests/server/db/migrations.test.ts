import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { migrate, postgisMissingMessage } from '../../../server/src/db/migrate';
import { ASSESSMENT_CONCLUSION_CODES, ASSESSMENT_TYPE_CODES } from '../../../server/src/domain/assessments';
import { INDICATOR_KEYS } from '../../../server/src/domain/indicators';
import { LAND_USE_CODES } from '../../../server/src/domain/land-use';
import { INFRASTRUCTURE_CODES, PARCEL_STATUS_CODES, SUPPLY_METHOD_CODES } from '../../../server/src/domain/parcel-status';
import { ENGINES } from '../../support/test-db';

/** The quoted values of a CHECK constraint mentioning `column`, as PostgreSQL prints it back. */
async function allowedValues(db: Db, table: string, column: string): Promise<string[]> {
  const { rows } = await db.query<{ def: string }>(
    `SELECT pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
     WHERE c.conrelid = $1::regclass AND c.contype = 'c' AND pg_get_constraintdef(c.oid) ~ ('\\m' || $2 || '\\M.*(ANY|IN|<@)')`,
    [table, column],
  );
  const def = rows[0]?.def ?? '';
  return [...def.matchAll(/'([^']+)'::text/g)].map((m) => m[1] as string).sort();
}

describe.each(ENGINES)('migrations on $name', (engine) => {
  let db: Db;
  beforeAll(async () => {
    db = await engine.open('empty');
  });
  afterAll(() => db?.close());

  it('applies nothing the second time', async () => {
    expect(await migrate(db)).toEqual([]);
  });

  it.each([
    ['parcels', 'status', PARCEL_STATUS_CODES],
    ['parcels', 'land_use_code', LAND_USE_CODES],
    ['parcels', 'supply_method', SUPPLY_METHOD_CODES],
    ['parcels', 'infrastructure', INFRASTRUCTURE_CODES],
    ['parcel_indicators', 'key', INDICATOR_KEYS],
    ['regional_assessments', 'type', ASSESSMENT_TYPE_CODES],
    ['regional_assessments', 'conclusion', ASSESSMENT_CONCLUSION_CODES],
  ])('%s.%s allows exactly the shared code list', async (table, column, codes) => {
    expect(await allowedValues(db, table, column)).toEqual([...codes].sort());
  });

  it('bumps the data version on every catalog write', async () => {
    const before = (await db.query<{ version: number }>('SELECT version FROM data_version')).rows[0]?.version ?? 0;
    await db.query(
      `INSERT INTO zones (code, name, level, city_code, city_name, county_code, county_name, boundary)
       VALUES ('S140105', '测试区', 'provincial', '140100', '太原市', '140105', '小店区', ST_Multi(ST_MakeEnvelope(112.5, 37.7, 112.6, 37.8, 4490)))`,
    );
    const after = (await db.query<{ version: number }>('SELECT version FROM data_version')).rows[0]?.version ?? 0;
    expect(Number(after)).toBe(Number(before) + 1);
  });

  it('refuses an invalid geometry and a range indicator without an upper bound', async () => {
    await expect(
      db.query(
        `INSERT INTO zones (code, name, level, city_code, city_name, county_code, county_name, boundary)
         VALUES ('S140106', '坏', 'provincial', '140100', '太原市', '140106', '迎泽区',
           ST_GeomFromText('MULTIPOLYGON(((112 37, 112.1 37.1, 112.1 37, 112 37.1, 112 37)))', 4490))`,
      ),
    ).rejects.toThrow(/check constraint/);
  });
});

describe('PostGIS missing on a PostgreSQL server', () => {
  it('names the Debian package for that server version', () => {
    expect(postgisMissingMessage(15)).toMatch(/apt-get install -y postgresql-15-postgis-3/);
    expect(postgisMissingMessage(16)).toMatch(/postgresql-16-postgis-3.*unset DATABASE_URL/);
  });
});
