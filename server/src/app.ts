import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import express from 'express';
import type { Config } from './config';
import type { Db } from './db/db';
import { currentDataVersion, etagByDataVersion } from './http/data-version';
import { errorHandler, notFoundHandler } from './http/error-handler';
import type { Logger } from './logger';
import { ogcRouter } from './ogc/ogc.routes';
import { outboxRouter } from './outbox/outbox.routes';
import { baseUrl } from './ogc/ogc-links';
import { openApiDocument } from './openapi/openapi-document';
import { calendarRouter } from './calendar/calendar.routes';
import { approvalItemsRouter } from './approval-items/approval-items.routes';
import { casesRouter } from './cases/cases.routes';
import { materialsRouter } from './materials/materials.routes';
import { commitmentsRouter } from './commitments/commitments.routes';
import { verifyRouter } from './commitments/verify.routes';
import { enterprisesRouter } from './enterprises/enterprises.routes';
import { constraintsRouter } from './constraints/constraints.routes';
import { exportsRouter } from './exports/exports.routes';
import { NO_INTERCONNECT, type Interconnect } from './interconnect/interconnect';
import { investmentProjectsRouter } from './interconnect/investment-projects.routes';
import { parcelChecksRouter } from './parcel-checks/parcel-checks.routes';
import { importsRouter } from './parcel-imports/imports.routes';
import { parcelStaffRouter } from './parcels/parcel-staff.routes';
import { consultationsRouter, policiesRouter } from './policies/policies.routes';
import { DEFAULT_SETTINGS } from './evaluation/evaluation.service';
import { evaluationRouter } from './evaluation/evaluation.routes';
import { improvementActionsRouter } from './improvement-actions/improvement-actions.routes';
import { parcelsRouter } from './parcels/parcels.routes';
import { tilesRouter } from './tiles/tiles.routes';
import { sessionMiddleware } from './users/session.middleware';
import { sessionRouter } from './users/session.routes';
import { usersRouter } from './users/users.routes';
import { zonesRouter } from './zones/zones.routes';

const CLIENT_DIR = fileURLToPath(new URL('../../dist/client/', import.meta.url));

export interface AppDeps {
  db: Db;
  config: Pick<Config, 'PUBLIC_URL'> & Partial<Pick<Config, 'TRUST_PROXY' | 'EVALUATION_WEIGHTS'>>;
  log: Logger;
  /** Encrypts the letter signers' private keys (commitments/signing-master-key.ts); absent = no signing. */
  signingMasterKey?: Buffer;
  /** Peer platforms (env vars in config.ts); absent = none configured. */
  interconnect?: Interconnect;
}

export function createApp({ db, config, log, interconnect = NO_INTERCONNECT, signingMasterKey }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // JSON, GeoJSON and the client bundle shrink 3–5× (tiles gzip themselves and are left alone).
  app.use(compression());
  app.set('query parser', 'simple');
  if (config.TRUST_PROXY !== undefined) app.set('trust proxy', config.TRUST_PROXY);
  app.use(express.json({ limit: '5mb' }));
  app.use(sessionMiddleware(db));

  app.get('/api/openapi.json', (req, res) => {
    res.json(openApiDocument(baseUrl(req, config.PUBLIC_URL)));
  });
  app.get('/api/health', async (_req, res) => {
    res.json({ status: 'ok', engine: db.engine, capabilities: db.capabilities, dataVersion: await currentDataVersion(db) });
  });

  app.use('/api/session', sessionRouter(db));
  app.use('/api/users', usersRouter(db));
  app.use('/api/imports', importsRouter(db));
  app.use('/api/constraint-layers', constraintsRouter(db));
  app.use('/api/exports', exportsRouter(db));
  app.use('/api/calendar', calendarRouter());
  app.use('/api/outbox', outboxRouter(db, interconnect.targets));
  app.use('/api/investment-projects', investmentProjectsRouter(interconnect.investment));
  app.use('/api/commitments', commitmentsRouter({ db, signingMasterKey, publicUrl: config.PUBLIC_URL }));
  app.use('/api/enterprises', enterprisesRouter(db));
  app.use('/api/policies', policiesRouter(db));
  app.use('/api/policy-consultations', consultationsRouter(db));
  const evaluationSettings = { ...DEFAULT_SETTINGS, weights: config.EVALUATION_WEIGHTS ?? DEFAULT_SETTINGS.weights };
  app.use('/api/evaluation', evaluationRouter(db, evaluationSettings));
  app.use('/api/improvement-actions', improvementActionsRouter(db, evaluationSettings));
  app.use('/api/approval-items', approvalItemsRouter(db));
  app.use('/api/cases', casesRouter(db, { publicUrl: config.PUBLIC_URL, investment: interconnect.investment }));
  app.use('/api/materials', materialsRouter(db));
  app.use('/verify', verifyRouter(db));
  app.use('/api/parcels/:code/checks', parcelChecksRouter(db));
  app.use('/api/parcels', parcelStaffRouter(db));
  const cached = etagByDataVersion(db);
  app.use('/api/zones', cached, zonesRouter(db));
  app.use('/api/parcels', parcelsRouter(db));
  app.use('/ogc', cached, ogcRouter(db, config.PUBLIC_URL));
  app.use('/tiles', tilesRouter(db, config.PUBLIC_URL));
  app.use(['/api', '/ogc', '/tiles'], notFoundHandler);

  if (existsSync(`${CLIENT_DIR}index.html`)) {
    // Hashed assets never change under their name; the page itself must be revalidated so a rebuild
    // is picked up at once instead of pointing at deleted files.
    app.use('/assets', express.static(`${CLIENT_DIR}assets`, { immutable: true, maxAge: '365d', fallthrough: false }));
    app.use(express.static(CLIENT_DIR, { index: 'index.html', setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') }));
    // Client-side routes (/hall, /parcels/…) all load the single-page app.
    app.get('/{*path}', (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(`${CLIENT_DIR}index.html`);
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('html').send(
        '<!doctype html><meta charset="utf-8"><title>标准地一张图</title><h1>标准地一张图 Standard-Land Atlas</h1>' +
          '<p>API: <a href="/api/parcels">/api/parcels</a> · <a href="/api/zones">/api/zones</a> · ' +
          '<a href="/ogc">/ogc</a> · <a href="/api/openapi.json">/api/openapi.json</a></p>',
      );
    });
  }

  app.use(notFoundHandler);
  app.use(errorHandler(log));
  return app;
}
