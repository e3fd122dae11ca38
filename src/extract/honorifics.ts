// Titles before a name and letters after it, which the canonical name leaves out
// ("Sir Geoffrey Nice QC" → "Geoffrey Nice", "President Xi Jinping" → "Xi Jinping").

const TITLE_WORDS = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady baron baroness madam madame monsieur mme herr frau ' +
    'president vice premier chancellor minister secretary senator sen rep representative congressman congresswoman ' +
    'governor gov mayor ambassador judge justice chief general gen colonel col lieutenant lt major maj captain capt ' +
    'commander admiral sergeant sgt officer inspector detective supt superintendent rev reverend father imam sheikh ' +
    'king queen prince princess emperor chairman chairwoman chair ceo mp mep councillor deputy assistant foreign ' +
    'prime state high commissioner commissioner special rapporteur dalai lama pope cardinal bishop archbishop hon honourable honorable comrade'
  ).split(' '),
);

const POST_NOMINALS = new Set(
  'qc kc mp mep msp ms obe mbe cbe kbe dbe phd md jr sr esq ii iii iv frs fba llb llm ma ba bsc msc'.split(
    ' ',
  ),
);

/** Returns name without leading titles or trailing post-nominals; the name itself when nothing else would remain. */
export function stripHonorifics(name: string): string {
  const words = name.trim().split(/\s+/u);
  let a = 0;
  let b = words.length;
  while (a < b - 1 && isTitle(words[a] ?? '')) a += 1;
  while (b - 1 > a && isPostNominal(words[b - 1] ?? '')) b -= 1;
  return words.slice(a, b).join(' ').replace(/,$/u, '');
}

/** Returns true when word is a title such as "Mr", "Dr." or "President". */
export function isTitle(word: string): boolean {
  return TITLE_WORDS.has(word.replace(/\.$/u, '').toLowerCase());
}

/** Returns true when word is post-nominal letters such as "QC" or "OBE" (in capitals). */
export function isPostNominal(word: string): boolean {
  const bare = word.replace(/^,/u, '').replace(/[.,]/gu, '');
  return bare.length > 0 && bare === bare.toUpperCase() && POST_NOMINALS.has(bare.toLowerCase());
}
