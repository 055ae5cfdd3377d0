import { z } from 'zod';
import { parseWeights } from './evaluation/score';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  /** Load the demo data set on first start. Defaults to on for the embedded engine only. */
  DEMO_DATA: z.enum(['auto', 'on', 'off']).default('auto'),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Express `trust proxy`: hop count (1 behind one nginx), true/false, or addresses such as "loopback". */
  TRUST_PROXY: z
    .string()
    .transform((v): number | boolean | string => (/^\d+$/.test(v) ? Number(v) : v === 'true' ? true : v === 'false' ? false : v))
    .optional(),
  /** Absolute base URL used in links (OGC, TileJSON) when the server sits behind a proxy. */
  PUBLIC_URL: z.string().url().optional(),
  /** 64 hex digits encrypting the letter signers' private keys; default: a key file in DATA_DIR. */
  SIGNING_MASTER_KEY: z.string().optional(),
  /** Peer platforms (docs/interfaces/): unset = not configured; outbound messages then wait in the outbox. */
  CREDIT_PLATFORM_URL: z.string().url().optional(),
  APPROVAL_PLATFORM_URL: z.string().url().optional(),
  INVESTMENT_PLATFORM_URL: z.string().url().optional(),
  /** Optional shared token sent to the peer platforms as `Authorization: Bearer …`. */
  INTERCONNECT_TOKEN: z.string().min(1).optional(),
  INTERCONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** How often the outbox delivery loop looks for due messages. */
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  /** Evaluation score weights (issue #8, domain.md §5), e.g. `completeness=0.3,consistency=0.4,timeliness=0.3`. */
  EVALUATION_WEIGHTS: z
    .string()
    .transform((v, ctx) => {
      try {
        return parseWeights(v);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: err instanceof Error ? err.message : String(err) });
        return z.NEVER;
      }
    })
    .optional(),
});

export type Config = z.infer<typeof envSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
