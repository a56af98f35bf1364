import fs from 'node:fs';
import path from 'node:path';
import { ManifestUtil } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { z } from 'zod';
import { AppError, ErrorCodes } from '../errors';
import { guidSchema } from '../guid';
import { MANIFEST_DIR, PACKAGE_ROOT } from '../paths';

/**
 * The Teams app package: manifest.json with its placeholders filled, color.png and outline.png,
 * validated offline against the official schema shipped in @microsoft/app-manifest.
 */
const GUID_ISSUE = 'guid';
const guid = guidSchema(GUID_ISSUE);
const domain = z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'must be a host name such as kokobot.example.org');
/** An empty variable is as good as an unset one (`MicrosoftAppId=` in .env). */
const unsetIfEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema);

export const packageSettingsSchema = z.object({
  MicrosoftAppId: unsetIfEmpty(guid),
  TEAMS_APP_ID: unsetIfEmpty(guid.optional()),
  KOKOBOT_DOMAIN: unsetIfEmpty(domain.default('kokobot.example.org')),
  KOKOBOT_WEBSITE_URL: unsetIfEmpty(z.url().default('https://www.example.org/kokobot')),
  KOKOBOT_PRIVACY_URL: unsetIfEmpty(z.url().default('https://www.example.org/kokobot/datenschutz')),
  KOKOBOT_TERMS_URL: unsetIfEmpty(z.url().default('https://www.example.org/kokobot/nutzungsbedingungen')),
});
export type PackageSettings = z.input<typeof packageSettingsSchema>;

/** A package setting that is missing or wrong, named so `npm run package` can say it in one sentence. */
export class ManifestSettingError extends AppError {
  constructor(
    readonly variable: string,
    readonly value: string,
    readonly problem: { missing: boolean; guid: boolean; message: string },
  ) {
    super(
      ErrorCodes.MANIFEST_INVALID,
      problem.missing ? `${variable} is not set.` : `${variable} ${problem.guid ? 'is not a GUID' : problem.message}.`,
    );
    this.name = 'ManifestSettingError';
  }
}

export function fillManifest(template: string, raw: PackageSettings): unknown {
  const parsed = packageSettingsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0]);
    const value = (raw as Record<string, unknown>)[variable];
    const missing = typeof value !== 'string' || value.trim() === '';
    throw new ManifestSettingError(variable, missing ? '' : value, {
      missing,
      guid: issue.message === GUID_ISSUE,
      message: issue.message,
    });
  }
  // The Teams app id defaults to the bot id, as Teams Toolkit does for single-bot apps.
  const values: Record<string, string> = { ...parsed.data, TEAMS_APP_ID: parsed.data.TEAMS_APP_ID ?? parsed.data.MicrosoftAppId };
  const filled = template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new AppError(ErrorCodes.MANIFEST_INVALID, `manifest placeholder ${whole} has no value`);
    return value;
  });
  return JSON.parse(filled);
}

export async function validateManifest(manifest: unknown): Promise<string[]> {
  const version = (manifest as { manifestVersion?: string }).manifestVersion;
  const schemaFile = path.join(
    path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
    'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json',
  );
  if (!version || !fs.existsSync(schemaFile)) return [`manifestVersion ${version ?? '(missing)'} has no schema here`];
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
  return ManifestUtil.validateManifestAgainstSchema(manifest as never, schema);
}

export async function buildPackage(settings: PackageSettings, outFile: string): Promise<{ file: string; manifest: unknown }> {
  const template = fs.readFileSync(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8');
  const manifest = fillManifest(template, settings);
  const errors = await validateManifest(manifest);
  if (errors.length > 0) {
    throw new AppError(ErrorCodes.MANIFEST_INVALID, 'manifest.json does not match the Teams schema.', { details: errors });
  }
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  zip.file('color.png', fs.readFileSync(path.join(MANIFEST_DIR, 'color.png')));
  zip.file('outline.png', fs.readFileSync(path.join(MANIFEST_DIR, 'outline.png')));
  const file = path.resolve(PACKAGE_ROOT, outFile);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { file, manifest };
}
