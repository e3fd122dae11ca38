// English function words and newsroom boilerplate. They carry no information about which
// event an article reports, and with few documents seen the document frequencies are too
// noisy to push them down on their own.
const WORDS = `
a about above after again against all almost also although always am among an and another any
are around as at back be because been before being below between both but by can cannot could
did do does doing done down during each either else even ever every few for from further get
gets got had has have having he her here hers herself him himself his how however i if in into
is it its itself just least less let like made make many may me might more most much must my
myself neither no nor not now of off often on once one only or other others our ours ourselves
out over own per perhaps put rather same several shall she should since so some still such than
that the their theirs them themselves then there these they this those though through thus to
too toward towards under until up upon us very was we well were what whatever when where whether
which while who whom whose why will with within without would yet you your yours yourself
yourselves s t d ll m re ve don didn doesn isn wasn weren won wouldn couldn shouldn hasn haven
said says say saying told tell according reported report reports reporting news new also
today yesterday tomorrow tonight
week weeks day days year years month months time times ago last next first two three
mr mrs ms dr am pm www http https com html htm php asp org net co uk
`;

/** Returns the stopword set (lower case). */
export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w !== ''));

/** Returns true when word (lower case) is a stopword. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
