// Words that say little about which body or person a name means. They are weighed down,
// not removed: "Bank of China" is made of nothing else, and must still match itself.
// The lists are compared after folding (see phonetic-key.ts), so spelling variants count.

/** Words shared by many organisation names: their kind, sector, place or size. */
export const GENERIC_WORDS: readonly string[] = words(
  // kind of body
  'company companies co corp corporation group groups holding holdings enterprise enterprises ' +
    'industries industry industrial firm partners associates agency authority ministry department ' +
    'office bureau council committee commission association foundation society federation union ' +
    'centre center institute institution university college school academy club team fund trust bank ' +
    'banking organisation organization network networks alliance project factory plant mill works ' +
    'branch subsidiary unit division ' +
    // sector
    'technology technologies tech digital electronics electronic electric systems system solutions ' +
    'services service software communications communication telecom media science sciences scientific ' +
    'research engineering construction materials chemical chemicals pharmaceutical pharmaceuticals ' +
    'medical health healthcare food foods agriculture agricultural textile textiles garment garments ' +
    'apparel clothing cotton mining oil gas petroleum energy power motor motors automotive steel ' +
    'metal metals trading trade import export supply sales marketing logistics shipping transport ' +
    'investment investments capital finance financial insurance management consulting development ' +
    'manufacturing products resources security equipment intelligent smart information hospital ' +
    'government ' +
    // reach and place
    'national international global world worldwide general united public state people peoples city ' +
    'municipal provincial province regional central federal royal new first north south east west ' +
    'northern southern eastern western china chinese beijing shanghai shenzhen hangzhou guangzhou ' +
    'xinjiang hong kong usa us america american uk britain british europe european asia asian pacific ' +
    'russia russian ' +
    // pinyin words of legal forms that transliterate.ts keeps whole (股份, 有限, 责任)
    'gufen youxian zeren',
);

/** Titles and offices written before or after a person's name, in several languages. */
export const TITLE_WORDS: readonly string[] = words(
  'president presidente prasident praesident predsjednik presedintele presiden prezident prezydent ' +
    'elnok premier minister chairman chairwoman chancellor secretary mr mrs ms miss mister dr doctor ' +
    'prof professor sir dame lord lady sheikh shaikh sayyid haji hajji imam king queen prince ' +
    'princess emir sultan senator governor mayor colonel herr frau monsieur madame mme senor senora ' +
    'gospodin gospozha hon honourable honorable excellency ceo ',
);

/** Function words skipped in matching (kept for acronyms: "Bank of America" is BoA). */
export const STOP_WORDS: readonly string[] = words(
  'and und et of the de du des la le les el los las da do dos das di del della der den fur for an ' +
    'al at in on von van zu ',
);

/**
 * Very frequent given names and family names across naming traditions. One of them shared
 * says little ("Vladimir Putin" and "Vladimir Zelensky"), so they count half a word.
 */
export const COMMON_PERSON_NAMES: readonly string[] = words(
  'john james robert michael william david richard joseph thomas charles mary patricia jennifer ' +
    'linda elizabeth barbara susan sarah maria anna ana jose juan luis carlos antonio francisco ' +
    'manuel pedro jorge jean pierre michel philippe marie hans peter paul klaus giuseppe giovanni ' +
    'marco mario alexander aleksandr alexandr sergei sergey vladimir dmitry dmitri andrei andrey ' +
    'alexei aleksei aleksey ivan nikolai mikhail igor oleg yuri yury viktor victor olga tatiana elena ' +
    'natalia irina mohammed muhammad mohamed mohammad ahmed ahmad ali hassan hussein omar abdul ' +
    'abdullah ibrahim mustafa khalid fatima aisha wei li wang zhang liu chen yang huang zhao wu zhou ' +
    'xu sun ma zhu hu guo lin kim lee park choi nguyen tran singh kumar smith johnson brown jones ' +
    'garcia rodriguez martinez lopez gonzalez muller schmidt ivanov smirnov popov khan shah ',
);

function words(list: string): string[] {
  return list.split(' ').filter((w) => w !== '');
}
