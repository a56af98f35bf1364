import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { operatorLanguage, parseConfig, readEnvironment } from '../src/config';
import { AppError } from '../src/errors';

function configError(raw: Record<string, string>): AppError {
  try {
    parseConfig(raw);
  } catch (error) {
    assert.ok(error instanceof AppError);
    return error;
  }
  assert.fail('expected a configuration error');
}

describe('config', () => {
  it('when nothing is set, then it runs locally on 127.0.0.1:3978 with embedded storage and the demo directory', () => {
    const config = parseConfig({});
    assert.equal(config.port, 3978);
    assert.equal(config.host, '127.0.0.1');
    assert.deepEqual(config.credentials, { mode: 'local' });
    assert.equal(config.storage.kind, 'embedded');
    assert.match(config.directoryFile, /data[/\\]bochum\.example\.yaml$/);
    assert.ok(Object.isFrozen(config));
  });

  const invalid: [string, Record<string, string>, RegExp][] = [
    [
      'PORT is not a number',
      { PORT: 'abc' },
      /^Configuration error: PORT must be a whole number between 1 and 65535 \(got "abc"\)\.$/,
    ],
    ['PORT is out of range', { PORT: '70000' }, /PORT must be a whole number/],
    [
      'MicrosoftAppType is unknown',
      { MicrosoftAppType: 'Tenant' },
      /MicrosoftAppType must be SingleTenant, MultiTenant or UserAssignedMSI/,
    ],
    [
      'a single-tenant app has no password',
      { MicrosoftAppId: 'app', MicrosoftAppTenantId: 't' },
      /MicrosoftAppPassword must be set/,
    ],
    [
      'a single-tenant app has no tenant',
      { MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' },
      /MicrosoftAppTenantId must be set/,
    ],
    [
      'a password without an app id',
      { MicrosoftAppPassword: 'secret' },
      /MicrosoftAppId must be set/,
    ],
    [
      'both table settings',
      {
        TABLES_CONNECTION_STRING: 'UseDevelopmentStorage=true',
        TABLES_ACCOUNT_URL: 'https://a.table.core.windows.net',
      },
      /TABLES_ACCOUNT_URL cannot be set together/,
    ],
    [
      'a connection string that is none',
      { TABLES_CONNECTION_STRING: 'hello' },
      /TABLES_CONNECTION_STRING is not an Azure Storage connection string/,
    ],
    [
      'an account URL that is none',
      { TABLES_ACCOUNT_URL: 'not a url' },
      /TABLES_ACCOUNT_URL must be a URL/,
    ],
    ['LOG_LEVEL is unknown', { LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    ['LOG_FORMAT is unknown', { LOG_FORMAT: 'xml' }, /LOG_FORMAT must be json or pretty/],
  ];
  for (const [when, raw, message] of invalid) {
    it(`when ${when}, then start-up stops with one sentence naming the variable`, () => {
      const error = configError(raw);
      assert.match(error.message, message);
      assert.equal(error.message.split('\n').length, 1);
    });
  }

  it('when a secret is wrong, then its value is never echoed', () => {
    const error = configError({ TABLES_CONNECTION_STRING: 'secret-value-123' });
    assert.doesNotMatch(error.message, /secret-value-123/);
  });

  it('when asked to listen on another address without credentials, then it refuses', () => {
    const error = configError({ KOKOBOT_HOST: '0.0.0.0' });
    assert.match(
      error.message,
      /KOKOBOT_HOST is 0\.0\.0\.0, but without Bot Framework credentials/,
    );
  });

  it('when credentials are set, then it listens on all addresses and keeps botbuilder names', () => {
    const config = parseConfig({
      MicrosoftAppId: 'app',
      MicrosoftAppPassword: 'pw',
      MicrosoftAppTenantId: 'tenant',
    });
    assert.equal(config.host, '0.0.0.0');
    assert.deepEqual(config.credentials, {
      mode: 'authenticated',
      appId: 'app',
      appType: 'SingleTenant',
      password: 'pw',
      tenantId: 'tenant',
    });
  });

  it('when a user-assigned managed identity is used, then no password is needed', () => {
    const config = parseConfig({
      MicrosoftAppId: 'app',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: 't',
    });
    assert.equal(config.credentials.mode, 'authenticated');
  });

  it('when TABLES_ACCOUNT_URL is set, then managed identity storage is used', () => {
    const config = parseConfig({ TABLES_ACCOUNT_URL: 'https://acct.table.core.windows.net' });
    assert.deepEqual(config.storage, {
      kind: 'account-url',
      accountUrl: 'https://acct.table.core.windows.net',
    });
  });

  it('when a .env file exists, then it fills in what the environment does not set', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-env-'));
    const file = path.join(dir, '.env');
    fs.writeFileSync(file, 'PORT=4000\nLOG_LEVEL=debug\n');
    const raw = readEnvironment({ PORT: '5000' }, file);
    const config = parseConfig(raw);
    assert.equal(config.port, 5000);
    assert.equal(config.logLevel, 'debug');
  });
});

describe('config: GUIDs and the operator language', () => {
  it('when a tenant id is a GUID as Microsoft issues them (version digit 0), then it is accepted', () => {
    const config = parseConfig({ KOKOBOT_ALLOWED_TENANTS: '00000003-0000-0000-C000-000000000000' });
    assert.deepEqual(config.allowedTenants, ['00000003-0000-0000-c000-000000000000']);
  });

  it('when LC_ALL, LC_MESSAGES or LANG name a locale, then the first set decides the language', () => {
    assert.equal(operatorLanguage({}), 'de');
    assert.equal(operatorLanguage({ LANG: 'en_GB.UTF-8' }), 'en');
    assert.equal(operatorLanguage({ LANG: 'en_GB.UTF-8', LC_MESSAGES: 'de_DE' }), 'de');
    assert.equal(operatorLanguage({ LANG: 'de_DE', LC_MESSAGES: 'de_DE', LC_ALL: 'en_US' }), 'en');
    assert.equal(operatorLanguage({ LANG: 'C.UTF-8' }), 'de');
  });
});
