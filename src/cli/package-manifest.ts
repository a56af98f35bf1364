import '../warnings';
import { operatorLanguage, readEnvironment } from '../config';
import { isAppError } from '../errors';
import { cliTranslator } from '../i18n/cli';
import { buildPackage, ManifestSettingError } from '../manifest/package';

/** `npm run package`: writes dist/kokobot-teams-app.zip from manifest/ and the environment. */
async function main(): Promise<number> {
  const t = cliTranslator(operatorLanguage());
  const env = readEnvironment();
  const out = process.argv[2] ?? 'dist/kokobot-teams-app.zip';
  try {
    const { file } = await buildPackage(
      {
        MicrosoftAppId: env.MicrosoftAppId,
        TEAMS_APP_ID: env.TEAMS_APP_ID,
        KOKOBOT_DOMAIN: env.KOKOBOT_DOMAIN,
        KOKOBOT_WEBSITE_URL: env.KOKOBOT_WEBSITE_URL,
        KOKOBOT_PRIVACY_URL: env.KOKOBOT_PRIVACY_URL,
        KOKOBOT_TERMS_URL: env.KOKOBOT_TERMS_URL,
      },
      out,
    );
    process.stdout.write(`${t('package.written', { file })}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ManifestSettingError) {
      const { variable, value, problem } = error;
      process.stderr.write(
        `${
          problem.missing && variable === 'MicrosoftAppId'
            ? t('package.appIdMissing')
            : t('package.invalid', {
                variable,
                problem: problem.guid ? t('package.guid', { value }) : `${problem.message}.`,
              })
        }\n`,
      );
    } else if (isAppError(error)) {
      process.stderr.write(`${error.message}\n`);
      for (const detail of error.details) process.stderr.write(`  ${detail}\n`);
    } else {
      process.stderr.write(
        `${t('error.unexpected', { name: String((error as Error)?.message ?? error) })}\n`,
      );
    }
    return 1;
  }
}

void main().then((code) => process.exit(code));
