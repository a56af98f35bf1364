import assert from 'node:assert/strict';
import { format, translator } from '../src/i18n';
import { demoDirectory } from './support/demo';

describe('German wording (src/i18n)', () => {
  it('when a count is 1 or more, then the counted word agrees with it', () => {
    assert.equal(format('({count:Person|Personen})', { count: 1 }), '(1 Person)');
    assert.equal(format('({count:Person|Personen})', { count: 6 }), '(6 Personen)');
    assert.equal(
      format('{count:Mitglied|Mitglieder} {count?ist|sind}', { count: 1 }),
      '1 Mitglied ist',
    );
  });

  it('when a body or institution of the demo directory is named in a sentence, then it has its article', () => {
    const t = translator('de');
    const directory = demoDirectory();
    for (const record of [...directory.bodies, ...directory.actors]) {
      const sentence = t('q.example.what', { actor: record.name });
      assert.match(sentence, /^Was macht (der|die|das) /, sentence);
    }
    assert.equal(t('q.example.what', { actor: 'Jugendamt' }), 'Was macht das Jugendamt?');
    assert.equal(
      t('q.example.what', { actor: 'Kommunales Integrationszentrum Bochum' }),
      'Was macht das Kommunale Integrationszentrum Bochum?',
    );
    assert.match(
      t('q.example.next', { body: 'Steuerungsgruppe' }),
      /^Wann tagt die Steuerungsgruppe /,
    );
    assert.equal(t('q.example.what', { actor: 'Björn Groß' }), 'Was macht Björn Groß?');
    assert.equal(t('q.example.chair', { body: 'AK StuBo' }), 'Wer leitet den AK StuBo?');
    assert.equal(
      t('q.example.next', { body: 'AK StuBo' }),
      'Wann tagt der AK StuBo das nächste Mal?',
    );
  });
});
