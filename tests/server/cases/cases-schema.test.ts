// Migration 0007's CHECK constraints repeat the code lists of server/src/cases and approval-items.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MATERIAL_SOURCES, SERVICE_KINDS } from '../../../server/src/approval-items/approval-item';
import { CASE_EVENT_KIND_CODES, CASE_FILING_STATUSES } from '../../../server/src/cases/case-events';
import { CASE_CODE_PATTERN } from '../../../server/src/cases/case-code';
import { CHANNEL_CODES, CONFIRMATION_METHOD_CODES } from '../../../server/src/cases/channels';
import { ITEM_STATUS_CODES } from '../../../server/src/cases/item-status';
import { ALLOWED_CONTENT_TYPES } from '../../../server/src/materials/sniff-content-type';
import { MAX_MATERIAL_BYTES } from '../../../server/src/materials/material-upload';
import type { Db } from '../../../server/src/db/db';
import { ENGINES } from '../../support/test-db';

describe.each(ENGINES)('agency-case schema on $name', (engine) => {
  let db: Db;
  const checks = new Map<string, string[]>();
  beforeAll(async () => {
    db = await engine.open('empty');
    const { rows } = await db.query<{ table: string; def: string }>(
      `SELECT conrelid::regclass::text AS table, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE contype = 'c' AND conrelid::regclass::text IN ('material_types', 'approval_items', 'cases', 'case_items', 'case_events', 'material_versions', 'case_evaluations')`,
    );
    for (const r of rows) checks.set(r.table, [...(checks.get(r.table) ?? []), r.def]);
  });
  afterAll(() => db?.close());

  const listIn = (table: string, column: string): string[] => {
    const def = (checks.get(table) ?? []).find((d) => new RegExp(`\\(?${column} = ANY`).test(d) || new RegExp(`${column} <@`).test(d)) ?? '';
    return [...def.matchAll(/'([^']+)'::text/g)].map((m) => m[1] as string).sort();
  };
  const sorted = (xs: readonly (string | number)[]) => [...xs].map(String).sort();

  it.each([
    ['case_items', 'status', ITEM_STATUS_CODES],
    ['cases', 'origin_channel', CHANNEL_CODES],
    ['cases', 'confirmation_method', CONFIRMATION_METHOD_CODES],
    ['cases', 'filing_status', CASE_FILING_STATUSES],
    ['case_events', 'kind', CASE_EVENT_KIND_CODES],
    ['case_events', 'channel', CHANNEL_CODES],
    ['case_evaluations', 'channel', CHANNEL_CODES],
    ['material_versions', 'channel', CHANNEL_CODES],
    ['material_versions', 'content_type', ALLOWED_CONTENT_TYPES],
    ['material_types', 'source', MATERIAL_SOURCES],
    ['approval_items', 'service_kind', SERVICE_KINDS],
    ['approval_items', 'channels', CHANNEL_CODES],
  ] as const)('%s.%s allows exactly the code list', (table, column, codes) => {
    expect(listIn(table, column)).toEqual(sorted(codes));
  });

  it('checks case codes with the pattern of case-code.ts and sizes with the upload limit', () => {
    expect((checks.get('cases') ?? []).some((d) => d.includes(`code ~ '${CASE_CODE_PATTERN}'`))).toBe(true);
    expect((checks.get('material_versions') ?? []).some((d) => d.includes(`size_bytes <= ${MAX_MATERIAL_BYTES}`))).toBe(true);
  });

  it('seeds every bundle item and material from the catalog', async () => {
    const { rows } = await db.query<{ items: number; bundled: number; orphans: number }>(
      `SELECT (SELECT count(*)::int FROM approval_items) AS items,
              (SELECT count(*)::int FROM bundle_template_items WHERE bundle_code = 'standard-land') AS bundled,
              (SELECT count(*)::int FROM approval_items a WHERE NOT EXISTS (SELECT 1 FROM approval_item_materials m WHERE m.item_code = a.code)) AS orphans`,
    );
    expect(rows[0]).toEqual({ items: 13, bundled: 13, orphans: 0 });
  });
});
