// Month names in the languages feeds are written in. Any unambiguous prefix of three letters or
// more of a full name is accepted too ("Sept", "Febr.", "Σεπτ"), like the abbreviations feeds
// invent; a prefix two months share (Greek "Ιου" = June or July) is not.

// Full names (nominative and, where feeds use it, genitive) then extra abbreviations that are
// not prefixes of a full name. Languages: en, fr, de, nl, es, pt, it, hu, el, ru, pl.
// prettier-ignore
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'janvier', 'januar', 'januari', 'enero', 'janeiro', 'gennaio', 'január', 'ιανουάριος', 'ιανουαρίου', 'январь', 'января', 'styczeń', 'stycznia'],
  ['february', 'février', 'februar', 'februari', 'febrero', 'fevereiro', 'febbraio', 'február', 'φεβρουάριος', 'φεβρουαρίου', 'февраль', 'февраля', 'luty', 'lutego'],
  ['march', 'mars', 'märz', 'maart', 'marzo', 'março', 'március', 'μάρτιος', 'μαρτίου', 'март', 'марта', 'marzec', 'marca', 'mrt', 'mrz'],
  ['april', 'avril', 'abril', 'aprile', 'április', 'απρίλιος', 'απριλίου', 'апрель', 'апреля', 'kwiecień', 'kwietnia'],
  ['may', 'mai', 'mei', 'mayo', 'maio', 'maggio', 'május', 'μάιος', 'μαΐου', 'май', 'мая', 'maj'],
  ['june', 'juin', 'juni', 'junio', 'junho', 'giugno', 'június', 'ιούνιος', 'ιουνίου', 'ιον', 'июнь', 'июня', 'czerwiec', 'czerwca'],
  ['july', 'juillet', 'juli', 'julio', 'julho', 'luglio', 'július', 'ιούλιος', 'ιουλίου', 'ιολ', 'июль', 'июля', 'lipiec', 'lipca'],
  ['august', 'août', 'augustus', 'agosto', 'augusztus', 'αύγουστος', 'αυγούστου', 'август', 'августа', 'sierpień', 'sierpnia'],
  ['september', 'septembre', 'septiembre', 'setembro', 'settembre', 'szeptember', 'σεπτέμβριος', 'σεπτεμβρίου', 'сентябрь', 'сентября', 'wrzesień', 'września'],
  ['october', 'octobre', 'oktober', 'octubre', 'outubro', 'ottobre', 'október', 'οκτώβριος', 'οκτωβρίου', 'октябрь', 'октября', 'październik', 'października'],
  ['november', 'novembre', 'noviembre', 'novembro', 'νοέμβριος', 'νοεμβρίου', 'ноябрь', 'ноября', 'listopad', 'listopada'],
  ['december', 'décembre', 'dezember', 'diciembre', 'dezembro', 'dicembre', 'δεκέμβριος', 'δεκεμβρίου', 'декабрь', 'декабря', 'grudzień', 'grudnia'],
];

const COMBINING_MARKS = /\p{M}/gu;
const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/;

// Lower case without accents or a final dot: "Févr." → "fevr", "Ιούλ" → "ιουλ".
function foldMonthWord(word: string): string {
  const lower = word.toLowerCase();
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return PRINTABLE_ASCII.test(bare) ? bare : bare.normalize('NFD').replace(COMBINING_MARKS, '');
}

// Every full name, abbreviation and unambiguous 3+ letter prefix → month; 0 marks a prefix
// two months share.
function buildMonthTable(): ReadonlyMap<string, number> {
  const table = new Map<string, number>();
  MONTH_NAMES.forEach((names, index) => {
    for (const name of names) {
      const folded = foldMonthWord(name);
      for (let length = Math.min(3, folded.length); length <= folded.length; length++) {
        const key = folded.slice(0, length);
        const known = table.get(key);
        table.set(key, known === undefined || known === index + 1 ? index + 1 : 0);
      }
    }
  });
  return table;
}

const MONTHS = buildMonthTable();

/** Returns the month (1–12) a month name or abbreviation in a feed language names, or 0. */
export function monthNumber(word: string): number {
  return MONTHS.get(foldMonthWord(word)) ?? 0;
}
