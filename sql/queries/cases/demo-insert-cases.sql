-- Demo cases from a JSON array (server/src/demo/demo-case-plan.ts PlannedCase). $1 cases.
INSERT INTO cases (code, uscc, parcel_code, commitment_id, bundle_code, project_code, project_name, origin_channel, assigned_agent,
  contact_name, contact_phone, confirmed_by, confirmation_method, confirmed_at, created_by, created_at, updated_at, version)
SELECT x.code, x.uscc, x."parcelCode", x."commitmentId", x."bundleCode", x."projectCode", x."projectName", x."originChannel", x."assignedAgent",
       x."contactName", x."contactPhone", x."confirmedBy", x."confirmationMethod", x."openedAt", x."createdBy", x."openedAt", x."updatedAt", x.version
FROM jsonb_to_recordset($1::jsonb) AS x(code text, uscc text, "parcelCode" text, "commitmentId" text, "bundleCode" text, "projectCode" text,
  "projectName" text, "originChannel" text, "assignedAgent" text, "contactName" text, "contactPhone" text, "confirmedBy" text,
  "confirmationMethod" text, "openedAt" timestamptz, "createdBy" text, "updatedAt" timestamptz, version int)
