import { stringify } from 'yaml';
import type { Directory } from './model';

/**
 * A directory as the YAML file it can be imported from again (`kokobot export --format yaml`):
 * every field as stored, defaults written out, long texts on one line each.
 */
export function directoryYaml(directory: Directory): string {
  const header = [
    `# ${directory.organisation.name}: das Verzeichnis, wie kokobot es gespeichert hat.`,
    '# Prüfen mit kokobot validate DATEI, einspielen mit kokobot import DATEI.',
    '',
  ].join('\n');
  return `${header}${stringify(directory, { lineWidth: 0 })}`;
}
