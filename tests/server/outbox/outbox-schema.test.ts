// One source of truth: the topic and state lists in outbox.ts are the ones migration 0005's CHECK
// constraints accept, and nothing else is accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { enqueueOutbox, OUTBOX_STATES, OUTBOX_TOPICS, type OutboxTopic } from '../../../server/src/outbox/outbox';
import { ENGINES } from '../../support/test-db';

const checkValues = (definition: string): string[] => [...definition.matchAll(/'([^']+)'/g)].map((m) => m[1] as string).sort();

describe.each(ENGINES)('outbox schema on $name', (engine) => {
  let db: Db;
  beforeAll(async () => {
    db = await engine.open('empty');
  });
  afterAll(async () => {
    await db.close();
  });

  const constraint = async (column: string) => {
    const { rows } = await db.query<{ def: string }>(
      `SELECT pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
       WHERE c.conrelid = 'outbox_messages'::regclass AND c.contype = 'c' AND pg_get_constraintdef(c.oid) LIKE '%(' || $1 || ' = ANY%'`,
      [column],
    );
    return checkValues(rows[0]?.def ?? '');
  };

  it('accepts exactly the topics of OUTBOX_TOPICS', async () => {
    expect(await constraint('topic')).toEqual([...OUTBOX_TOPICS].sort());
  });

  it('accepts exactly the states of OUTBOX_STATES', async () => {
    expect(await constraint('state')).toEqual([...OUTBOX_STATES].sort());
  });

  it('refuses an unknown topic before touching the database', async () => {
    await expect(
      db.transaction((tx) => enqueueOutbox(tx, { topic: 'parcel-published' as OutboxTopic, messageId: 'x', payload: {} })),
    ).rejects.toThrow('Unknown outbox topic "parcel-published"');
  });

  it('refuses an empty message id and a payload that is not an object', async () => {
    await expect(db.transaction((tx) => enqueueOutbox(tx, { topic: 'credit-record', messageId: '', payload: {} }))).rejects.toThrow('1 to 200');
    await expect(
      db.transaction((tx) => enqueueOutbox(tx, { topic: 'credit-record', messageId: 'a', payload: [] as unknown as Record<string, unknown> })),
    ).rejects.toThrow('JSON object');
  });
});
