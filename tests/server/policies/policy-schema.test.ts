// Migration 0008's CHECK constraints repeat the code lists of server/src/policies, evaluation and
// improvement-actions; this keeps both sides equal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { FINDING_SEVERITY_CODES } from '../../../server/src/evaluation/finding';
import { STORED_ACTION_STATUSES } from '../../../server/src/improvement-actions/action-status';
import { CONSULTATION_CHANNEL_CODES, CONSULTATION_STATUS_CODES } from '../../../server/src/policies/consultation';
import { POLICY_CATEGORY_CODES } from '../../../server/src/policies/policy-categories';
import { ENGINES } from '../../support/test-db';

describe.each(ENGINES)('policy and evaluation schema on $name', (engine) => {
  let db: Db;
  const checksOf = async (table: string) =>
    (
      await db.query<{ def: string }>(`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'c'`, [table])
    ).rows.map((r) => r.def);
  const listIn = (defs: string[], column: string) => {
    const def = defs.find((d) => new RegExp(`\\(${column} = ANY`).test(d)) ?? '';
    return [...def.matchAll(/'([^']+)'::text/g)].map((m) => m[1]).sort();
  };

  beforeAll(async () => {
    db = await engine.open('empty');
  });
  afterAll(() => db?.close());

  it('allows exactly the policy categories of policy-categories.ts', async () => {
    expect(listIn(await checksOf('policies'), 'category')).toEqual([...POLICY_CATEGORY_CODES].sort());
  });

  it('allows exactly the consultation statuses and channels of consultation.ts', async () => {
    const defs = await checksOf('policy_consultations');
    expect(listIn(defs, 'status')).toEqual([...CONSULTATION_STATUS_CODES].sort());
    expect(listIn(defs, 'asked_channel')).toEqual([...CONSULTATION_CHANNEL_CODES].sort());
    expect(listIn(defs, 'answered_channel')).toEqual([...CONSULTATION_CHANNEL_CODES].sort());
  });

  it('allows exactly the finding severities and stored action statuses', async () => {
    expect(listIn(await checksOf('evaluation_findings'), 'severity')).toEqual([...FINDING_SEVERITY_CODES].sort());
    expect(listIn(await checksOf('improvement_actions'), 'status')).toEqual([...STORED_ACTION_STATUSES].sort());
  });
});
