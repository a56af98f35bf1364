import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a download link of the directory works: it holds everyone's names and e-mails. */
export const DIRECTORY_LINK_TTL_MS = 15 * 60_000;

export const DIRECTORY_FILE_FORMATS = ['xlsx', 'yaml'] as const;
export type DirectoryFileFormat = (typeof DIRECTORY_FILE_FORMATS)[number];

/**
 * Download links of one directory version, handed only to coordinators:
 * /directory/verzeichnis.<format>?v=<version>&e=<expiry>&t=<token>. The token is an HMAC over the
 * version, format and expiry under a secret shared by all instances; links cannot be guessed or
 * altered and stop working after 15 minutes.
 */
export class DirectoryLinks {
  constructor(
    private readonly options: {
      secret: string;
      baseUrl: () => string | undefined;
      clock?: () => Date;
    },
  ) {}

  private token(version: string, format: string, expires: number): string {
    return createHmac('sha256', this.options.secret)
      .update(['directory', version, format, expires].join('|'))
      .digest('base64url');
  }

  urlFor(version: string, format: DirectoryFileFormat): string | undefined {
    const base = this.options.baseUrl();
    if (!base) return undefined;
    const expires = (this.options.clock?.() ?? new Date()).getTime() + DIRECTORY_LINK_TTL_MS;
    const query = new URLSearchParams({
      v: version,
      e: String(expires),
      t: this.token(version, format, expires),
    });
    return `${base.replace(/\/$/, '')}/directory/verzeichnis.${format}?${query.toString()}`;
  }

  /** The version a link was made for, or undefined when altered, forged or expired. */
  verify(format: string, query: URLSearchParams): string | undefined {
    const version = query.get('v');
    const expires = Number(query.get('e'));
    const token = query.get('t');
    if (!version || !token || !Number.isSafeInteger(expires)) return undefined;
    if (expires < (this.options.clock?.() ?? new Date()).getTime()) return undefined;
    const expected = Buffer.from(this.token(version, format, expires));
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given)
      ? version
      : undefined;
  }
}
