import assert from 'node:assert/strict';
import { nameVariants } from '../../src/language/name-variants';
import { DirectoryIndex } from '../../src/language/directory-index';
import { demoDirectory } from '../support/demo';

describe('the short forms of institution and body names', () => {
  it('when a school name honours someone, then its type and place also name it', () => {
    assert.deepEqual(nameVariants(['Hildegard-von-Bingen-Berufskolleg Bruchhausen']), [
      'berufskolleg bruchhausen',
    ]);
    // The type alone names no school.
    assert.deepEqual(nameVariants(['Carl-Benz-Berufskolleg']), []);
  });

  it('when an alias abbreviates the type, then the type written out names it too', () => {
    assert.deepEqual(nameVariants(['BK Bruchhausen']), ['berufskolleg bruchhausen']);
    // Nothing of its own left: no variant that would be the bare type.
    assert.deepEqual(nameVariants(['FAG 3', 'FAG DA', 'BK']), []);
  });

  it('when a body name opens with its type, then the usual abbreviation names it too', () => {
    assert.deepEqual(nameVariants(['Arbeitskreis Berufskollegs']), ['ak berufskollegs']);
  });

  it('when a question uses a short form, then the record is named as completely as by its alias', () => {
    const directory = demoDirectory();
    const actor = directory.actors[0]!;
    const renamed = {
      ...directory,
      actors: [
        { ...actor, name: 'Geschwister-Scholl-Gesamtschule Wattenscheid', aliases: [] },
        ...directory.actors.slice(1),
      ],
    };
    const index = new DirectoryIndex('v', renamed);
    const [top] = index.findByName([
      { position: 0, folded: 'gesamtschule' },
      { position: 1, folded: 'wattenscheid' },
    ]);
    assert.equal(top?.ref, `actors/${actor.id}`);
    assert.equal(top?.score, 1);
  });
});
