// npm run check -- --parcel <code> --plan plan.geojson [--figures figures.json] [--plan-srid 4547] [--json]
// (or --parcel-file parcel.geojson instead of --parcel). Exit code: 0 pass, 1 any other verdict,
// 2 usage or input error. The parcel lookup is injected so the CLI needs no database itself.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatInputError, formatReport } from './format-report';
import { parcelFromFeature } from './parcel-feature';
import { runChecks } from './run-checks';
import type { CheckParcel } from './site-plan';

export interface CliDeps {
  loadParcel: (code: string) => Promise<CheckParcel | null>;
  readText?: (path: string) => Promise<string>;
  write?: (text: string) => void;
}

export interface CliArgs {
  parcel?: string;
  parcelFile?: string;
  plan: string;
  figures?: string;
  planSrid?: number;
  json: boolean;
}

export const CLI_USAGE = 'usage: npm run check -- (--parcel <code> | --parcel-file <parcel.geojson>) --plan <plan.geojson> [--figures <figures.json>] [--plan-srid <epsg>] [--json]\n';

export function parseCliArgs(argv: string[]): CliArgs | { error: string } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        parcel: { type: 'string' },
        'parcel-file': { type: 'string' },
        plan: { type: 'string' },
        figures: { type: 'string' },
        'plan-srid': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (!values.plan) return { error: '--plan is required' };
    if (!values.parcel === !values['parcel-file']) return { error: 'give exactly one of --parcel and --parcel-file' };
    const planSrid = values['plan-srid'] === undefined ? undefined : Number(values['plan-srid']);
    if (planSrid !== undefined && !Number.isInteger(planSrid)) return { error: '--plan-srid must be an EPSG number' };
    return { parcel: values.parcel, parcelFile: values['parcel-file'], plan: values.plan, figures: values.figures, planSrid, json: values.json ?? false };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export async function runCli(argv: string[], deps: CliDeps): Promise<number> {
  const readText = deps.readText ?? ((path: string) => readFile(path, 'utf8'));
  const write = deps.write ?? ((text: string) => process.stdout.write(text));
  const args = parseCliArgs(argv);
  if ('error' in args) {
    write(`${args.error}\n${CLI_USAGE}`);
    return 2;
  }
  try {
    const readJson = async (path: string): Promise<unknown> => JSON.parse(await readText(path));
    const parcel = args.parcelFile ? parcelFromFeature(await readJson(args.parcelFile)) : await deps.loadParcel(args.parcel as string);
    if (!parcel) {
      write(`parcel ${args.parcel} not found\n`);
      return 2;
    }
    const figures = args.figures ? await readJson(args.figures) : {};
    const outcome = runChecks(parcel, await readJson(args.plan), figures as Parameters<typeof runChecks>[2], { planSrid: args.planSrid });
    if (!outcome.ok) {
      write(args.json ? `${JSON.stringify({ error: outcome.error }, null, 2)}\n` : formatInputError(outcome.error));
      return 2;
    }
    write(args.json ? `${JSON.stringify(outcome.report, null, 2)}\n` : formatReport(outcome.report));
    return outcome.report.verdict === 'pass' ? 0 : 1;
  } catch (error) {
    write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
