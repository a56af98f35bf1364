import '../warnings';
import { readEnvironment } from '../config';
import { isAppError } from '../errors';
import { buildPackage } from '../manifest/package';

/** `npm run package`: writes dist/kokobot-teams-app.zip from manifest/ and the environment. */
async function main() {
  const env = readEnvironment();
  const out = process.argv[2] ?? 'dist/kokobot-teams-app.zip';
  const { file } = await buildPackage(
    {
      MicrosoftAppId: env.MicrosoftAppId ?? '',
      TEAMS_APP_ID: env.TEAMS_APP_ID || undefined,
      KOKOBOT_DOMAIN: env.KOKOBOT_DOMAIN || undefined,
      KOKOBOT_WEBSITE_URL: env.KOKOBOT_WEBSITE_URL || undefined,
      KOKOBOT_PRIVACY_URL: env.KOKOBOT_PRIVACY_URL || undefined,
      KOKOBOT_TERMS_URL: env.KOKOBOT_TERMS_URL || undefined,
    },
    out,
  );
  process.stdout.write(`Teams app package written: ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${isAppError(error) ? error.message : String((error as Error)?.message ?? error)}\n`,
  );
  if (isAppError(error)) for (const detail of error.details) process.stderr.write(`  ${detail}\n`);
  process.exit(1);
});
