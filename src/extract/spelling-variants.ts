// Spelling variants of this domain's names, mapped to one written form. Keys and values are
// lower-case ASCII (accents are folded before the table is read). Whole words or phrases only.
// To add one: put every variant on the left and the preferred spelling on the right.

export const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  // The people and their language.
  uighur: 'uyghur',
  uigur: 'uyghur',
  uygur: 'uyghur',
  uighurs: 'uyghurs',
  uigurs: 'uyghurs',
  uygurs: 'uyghurs',
  weiwuer: 'uyghur',
  // The region.
  xuar: 'xinjiang uyghur autonomous region',
  'xinjiang uighur autonomous region': 'xinjiang uyghur autonomous region',
  'xinjiang uygur autonomous region': 'xinjiang uyghur autonomous region',
  'xinjiang autonomous region': 'xinjiang uyghur autonomous region',
  sinkiang: 'xinjiang',
  'east turkistan': 'east turkestan',
  'eastern turkestan': 'east turkestan',
  // Cities and prefectures.
  wulumuqi: 'urumqi',
  urumchi: 'urumqi',
  kashi: 'kashgar',
  kaxgar: 'kashgar',
  qeshqer: 'kashgar',
  hetian: 'hotan',
  khotan: 'hotan',
  yining: 'ghulja',
  gulja: 'ghulja',
  kuldja: 'ghulja',
  turfan: 'turpan',
  tulufan: 'turpan',
  akesu: 'aksu',
  kuerle: 'korla',
  hami: 'kumul',
  yarkand: 'yarkant',
  shache: 'yarkant',
  // Bodies.
  bingtuan: 'xinjiang production and construction corps',
  xpcc: 'xinjiang production and construction corps',
  ccp: 'chinese communist party',
  cpc: 'chinese communist party',
  'communist party of china': 'chinese communist party',
  'china communist party': 'chinese communist party',
  // Laws.
  uflpa: 'uyghur forced labor prevention act',
  'uyghur forced labour prevention act': 'uyghur forced labor prevention act',
  hmrc: 'hm revenue and customs',
  'her majesty revenue and customs': 'hm revenue and customs',
  // Firms.
  'hangzhou hikvision digital technology': 'hikvision',
  'hikvision digital technology': 'hikvision',
};
