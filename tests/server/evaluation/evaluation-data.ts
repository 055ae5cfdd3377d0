// A small, hand-counted 2026Q3 on top of the small catalog (tests/support/small-catalog.ts): publication
// times, one commitment per Jinzhong parcel, two agency cases (Jinzhong online, Linfen at the hall),
// their items, events, materials and credit records. The expected figures are worked out in
// evaluation-api.test.ts.
import type { Db } from '../../../server/src/db/db';

export const EVALUATION_DATA_SQL = `
-- Review approval and publication times (the loader sets published_at to the load time).
UPDATE parcels SET approved_at = '2026-07-01T02:00:00Z', published_at = '2026-07-03T02:00:00Z' WHERE code = '140702-2025-0001';
UPDATE parcels SET approved_at = '2026-07-01T02:00:00Z', published_at = '2026-07-13T02:00:00Z' WHERE code = '140702-2025-0002';
UPDATE parcels SET approved_at = NULL, published_at = '2026-05-01T02:00:00Z' WHERE code = '141002-2024-0001';
-- 140702-2025-0001 states every indicator industrial land needs.
INSERT INTO parcel_indicators (parcel_id, key, comparator, value, unit)
SELECT id, 'buildingCoverage', 'min', 40, '%' FROM parcels WHERE code = '140702-2025-0001';
INSERT INTO parcel_indicators (parcel_id, key, comparator, value, unit)
SELECT id, 'adminFacilityShare', 'max', 7, '%' FROM parcels WHERE code = '140702-2025-0001';

INSERT INTO enterprises (uscc, name, legal_representative) VALUES ('91140700MA0L12B82Q', '晋中精工装备有限公司', '王建国');

INSERT INTO commitments (id, parcel_code, uscc, project_code, project_name, status, start_by, complete_by, output_by, document,
  authority_id, authority_name, created_by, signed_at, in_force_at)
VALUES
  ('CL2026000001', '140702-2025-0001', '91140700MA0L12B82Q', '2026-140702-34-03-000001', '精密部件项目', 'in_force', '2026-10-01', '2027-10-01', '2028-10-01', '{}',
   'authority:G140702', '晋中开发区管委会', 'test', '2026-06-20T02:00:00Z', '2026-06-20T02:00:00Z'),
  ('CL2026000002', '140702-2025-0002', '91140700MA0L12B82Q', '2026-140702-34-03-000002', '化工新材料项目', 'in_force', '2026-10-01', '2027-10-01', '2028-10-01', '{}',
   'authority:G140702', '晋中开发区管委会', 'test', '2026-07-20T02:00:00Z', '2026-07-20T02:00:00Z');
-- CL…01 commits to every indicator, but to a green ratio of at most 20 % where the parcel allows 15 %.
INSERT INTO commitment_indicators (commitment_id, key, comparator, value, value_max, unit, parcel_value, parcel_value_max, stage) VALUES
  ('CL2026000001', 'taxPerMu', 'min', 15, NULL, '万元/亩·年', 15, NULL, 'output'),
  ('CL2026000001', 'investmentIntensity', 'min', 320, NULL, '万元/亩', 300, NULL, 'completion'),
  ('CL2026000001', 'floorAreaRatio', 'range', 1.0, 2.5, '', 1.0, 2.5, 'completion'),
  ('CL2026000001', 'greenRatio', 'max', 20, NULL, '%', 15, NULL, 'completion'),
  ('CL2026000001', 'buildingCoverage', 'min', 40, NULL, '%', 40, NULL, 'completion'),
  ('CL2026000001', 'adminFacilityShare', 'max', 7, NULL, '%', 7, NULL, 'completion'),
  ('CL2026000002', 'investmentIntensity', 'min', 250, NULL, '万元/亩', 200, NULL, 'completion');

INSERT INTO credit_records (id, uscc, kind, commitment_id, parcel_code, reason, decided_at) VALUES
  ('CR2026000001', '91140700MA0L12B82Q', 'kept', 'CL2026000001', '140702-2025-0001', '按期开工', '2026-07-05T02:00:00Z'),
  ('CR2026000002', '91140700MA0L12B82Q', 'broken', 'CL2026000002', '140702-2025-0002', '未按期开工', '2026-08-01T02:00:00Z');
INSERT INTO outbox_messages (topic, message_id, payload, state, created_at, delivered_at) VALUES
  ('credit-record', 'CR2026000001', '{}', 'delivered', '2026-07-05T02:00:00Z', '2026-07-05T03:00:00Z'),
  ('credit-record', 'CR2026000002', '{}', 'pending', '2026-08-01T02:00:00Z', NULL);

INSERT INTO cases (code, uscc, parcel_code, project_name, origin_channel, contact_name, contact_phone, confirmed_by,
  confirmation_method, confirmed_at, created_by, created_at, updated_at)
VALUES
  ('DB1407022026000011', '91140700MA0L12B82Q', '140702-2025-0001', '精密部件项目', 'ONLINE_PORTAL', '李明', '13800000001', 'ent', 'online_account',
   '2026-07-01T01:00:00Z', 'ent', '2026-07-01T01:00:00Z', '2026-07-13T02:00:00Z'),
  ('DB1410022026000012', '91140700MA0L12B82Q', '141002-2024-0001', '物流中心项目', 'HALL_WINDOW', '李明', '13800000001', 'agent', 'signature_pad',
   '2026-07-02T01:00:00Z', 'agent', '2026-07-02T01:00:00Z', '2026-09-01T02:00:00Z');
-- Jinzhong: XMBA in 1 working day (limit 1, on time); YDGH 2–13 July = 8 working days (limit 5, late).
-- Linfen: YDGH opened at the hall with a 7-day committed limit (online it was 5), accepted 1 Sep, due 10 Sep, still open.
INSERT INTO case_items (case_code, item_code, seq, status, legal_limit_days, committed_limit_days, accepted_at, accepted_on, completed_at, completed_on, due_on) VALUES
  ('DB1407022026000011', 'XMBA', 1, 'completed', 2, 1, '2026-07-01T02:00:00Z', '2026-07-01', '2026-07-02T02:00:00Z', '2026-07-02', '2026-07-02'),
  ('DB1407022026000011', 'YDGH', 2, 'completed', 20, 5, '2026-07-01T03:00:00Z', '2026-07-01', '2026-07-13T02:00:00Z', '2026-07-13', '2026-07-08'),
  ('DB1410022026000012', 'YDGH', 1, 'accepted', 20, 7, '2026-09-01T02:00:00Z', '2026-09-01', NULL, NULL, '2026-09-10');

INSERT INTO case_events (case_code, case_item_id, kind, from_status, to_status, channel, actor, occurred_at, recorded_at)
SELECT ci.case_code, ci.id, 'transition', e.from_status, e.to_status, e.channel, 'test', e.occurred_at::timestamptz, e.recorded_at::timestamptz
FROM (VALUES
  ('DB1407022026000011', 'XMBA', 'pending', 'submitted', 'ONLINE_PORTAL', '2026-07-01T01:00:00Z', '2026-07-01T01:00:00Z'),
  ('DB1407022026000011', 'XMBA', 'submitted', 'accepted', 'HALL_WINDOW', '2026-07-01T02:00:00Z', '2026-07-01T02:00:00Z'),
  -- Completed at the hall on 2 July but typed in two days later: the shared record was stale meanwhile.
  ('DB1407022026000011', 'XMBA', 'accepted', 'completed', 'HALL_WINDOW', '2026-07-02T02:00:00Z', '2026-07-04T02:00:00Z'),
  ('DB1407022026000011', 'YDGH', 'pending', 'submitted', 'ONLINE_PORTAL', '2026-07-01T01:00:00Z', '2026-07-01T01:00:00Z'),
  ('DB1407022026000011', 'YDGH', 'submitted', 'accepted', 'HALL_WINDOW', '2026-07-01T03:00:00Z', '2026-07-01T03:00:00Z'),
  ('DB1407022026000011', 'YDGH', 'accepted', 'completed', 'HALL_WINDOW', '2026-07-13T02:00:00Z', '2026-07-13T02:00:00Z'),
  ('DB1410022026000012', 'YDGH', 'pending', 'submitted', 'HALL_WINDOW', '2026-09-01T01:00:00Z', '2026-09-01T01:00:00Z'),
  ('DB1410022026000012', 'YDGH', 'submitted', 'accepted', 'HALL_WINDOW', '2026-09-01T02:00:00Z', '2026-09-01T02:00:00Z')
) AS e(case_code, item_code, from_status, to_status, channel, occurred_at, recorded_at)
JOIN case_items ci ON ci.case_code = e.case_code AND ci.item_code = e.item_code;

-- Jinzhong reused the e-licence and the parcel's contract; Linfen's applicant uploaded the business licence again.
INSERT INTO materials (uscc, type_code) VALUES ('91140700MA0L12B82Q', 'business_licence');
INSERT INTO material_versions (material_id, version, file_name, content_type, size_bytes, sha256, content, channel, uploaded_by, uploaded_at)
SELECT id, 1, '营业执照.pdf', 'application/pdf', 4, repeat('a', 64), '\\x25504446', 'HALL_WINDOW', 'agent', '2026-07-02T01:00:00Z' FROM materials;
INSERT INTO case_item_materials (case_item_id, material_type, source, material_version_id, attached_at)
SELECT ci.id, m.material_type, m.source, CASE WHEN m.source = 'upload' THEN (SELECT id FROM material_versions LIMIT 1) END, '2026-07-02T01:00:00Z'
FROM (VALUES
  ('DB1407022026000011', 'XMBA', 'business_licence', 'e-licence'),
  ('DB1407022026000011', 'YDGH', 'land_transfer_contract', 'parcel'),
  ('DB1410022026000012', 'YDGH', 'business_licence', 'upload')
) AS m(case_code, item_code, material_type, source)
JOIN case_items ci ON ci.case_code = m.case_code AND ci.item_code = m.item_code;
`;

export async function loadEvaluationData(db: Db): Promise<void> {
  await db.exec(EVALUATION_DATA_SQL);
}
