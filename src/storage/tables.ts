/** Every table kokobot uses; docs/storage.md describes their keys. */
export const TABLES = {
  directory: 'directory',
  conversations: 'conversations',
  userLinks: 'userlinks',
  context: 'context',
  settings: 'settings',
  forwards: 'forwards',
  outbox: 'outbox',
  rsvps: 'rsvps',
  preferences: 'preferences',
  meetingChanges: 'meetingchanges',
  channels: 'channels',
  statusUpdates: 'statusupdates',
  directoryAudit: 'directoryaudit',
  directoryPreviews: 'directorypreviews',
} as const;

export type TableName = (typeof TABLES)[keyof typeof TABLES];
