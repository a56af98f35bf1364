import { z } from 'zod';

/**
 * A GUID in the form Microsoft issues them: 8-4-4-4-12 hex digits, any version and variant. Strict
 * RFC 4122 checks (zod's `z.uuid()`) refuse real ids such as Microsoft Graph's app id
 * 00000003-0000-0000-c000-000000000000, whose version digit is 0. Config, directory and manifest
 * all use this one definition.
 */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A GUID schema whose every refusal says `message`. */
export function guidSchema(message: string) {
  return z.string({ error: message }).regex(GUID_PATTERN, message);
}

export function isGuid(value: string): boolean {
  return guidSchema('').safeParse(value).success;
}
