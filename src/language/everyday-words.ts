import { ENGLISH_MARKERS, GERMAN_MARKERS, STOP_WORDS } from './text';

/**
 * Everyday words (folded) one slip away from a word that decides what a question asks: typed on
 * purpose, they are never mended into that word ("tragen" is not "tagen", "first" not "Frist").
 * General German and English vocabulary, no names.
 */
const EVERYDAY = new Set(
  // German
  (
    'genua labor lader leder leier lette liter meier minen sands staus wesen alles lauen sehen wehre arbeiter arbeitern ausgabe ausgaben bereit bereut braten britisch britische britischen britischer direkte direkter direktere gleiten gleitet kommen laufend leisten leistet leistung letten mehrere mehreren mehrerer meinten passiert passieren sollten sprechen spreche spitzen stechen stehlen streckt verbunden verletzte verletzten verstand vorgaben wuerden weissen zeile zeilen anspruch anspruchs ansprache kontrakt satzung satzungen setzung setzungen termite termiten abstammen abstammt ansehend gehandelt geleistet erweichen erweicht gedeutet manchen machten vortreten zertreten einzahlen einzahlt naechte naechten punkten reiter reiterin miene mienen grunde angesagt abweisen ablesen eigene eigenes eliten pleiten ungehoert abgehoert vermint verminen vorhabe gruene gruenden gruendet hinterer bestreut bespreche fertige fertigt seiten leider leiden leihen weiter weiten zeiten reiten deinem deinen deiner keinem keinen keiner seinem seinen seiner feinen reinen weinen worden wollen rollen vollen setzen setzte setzten stelle stellt lehren ziehen vielen wissen messen dessen weisen ' +
    // English
    'directories bodes coves dives dries stats miner acton contract contracts contracted contracting contractor contractors decide discus filed filing headline headlines killed letter persona precious prevented resented reside spring springs sprint statue statues statute statutes swollen treason season seasons planed panned sanding stranding raining draining straining trailing translation translations transaction transactions reverent reference references constitution distract drivers employees embers cation auction faction locution vocation tropics tallies rallies sallies dallies beaten beater berets camber metes meting coveting cowering hovering represented representing eigene first charged charges change changed chains choirs'
  )
    .split(' ')
    .filter(Boolean),
);

export function isEverydayWord(word: string): boolean {
  return (
    STOP_WORDS.has(word) ||
    GERMAN_MARKERS.has(word) ||
    ENGLISH_MARKERS.has(word) ||
    EVERYDAY.has(word)
  );
}
