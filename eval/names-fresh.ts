// A second set of names, written after the matcher was tuned on names-data.ts and never used
// to tune it: its figures are reported apart, as the nearest thing to held-out data we have.
import type { Company } from './names-data.ts';

export const FRESH_PEOPLE: Readonly<Record<string, readonly string[]>> = {
  shoigu: ['Sergei Shoigu', 'Сергей Шойгу', 'Sergej Schoigu', '谢尔盖·绍伊古', 'سيرغي شويغو'],
  kadyrov: ['Ramzan Kadyrov', 'Рамзан Кадыров', 'Ramsan Kadyrow', 'رمضان قديروف'],
  prigozhin: [
    'Yevgeny Prigozhin',
    'Evgeny Prigozhin',
    'Евгений Пригожин',
    'Jewgeni Prigoschin',
    'Ievgueni Prigojine',
  ],
  usmanov: ['Alisher Usmanov', 'Алишер Усманов', 'Alişer Usmanov'],
  abramovich: ['Roman Abramovich', 'Роман Абрамович', 'Roman Abramowitsch', "רומן אברמוביץ'"],
  wangyi: ['Wang Yi', '王毅'],
  zhuhailun: ['Zhu Hailun', '朱海仑'],
  tohti: ['Ilham Tohti', 'Ilham Toxti', '伊力哈木·土赫提', 'ئىلھام توختى'],
  dawut: ['Rahile Dawut', '热依拉·达吾提'],
  abbas: ['Mahmoud Abbas', 'محمود عباس', 'Махмуд Аббас'],
  khamenei: ['Ali Khamenei', 'علی خامنه‌ای', 'Али Хаменеи', 'Ali Chamenei'],
  assad: ['Bashar al-Assad', 'بشار الأسد', 'Башар Асад', 'Baschar al-Assad'],
  kimjongun: ['Kim Jong Un', 'Kim Jong-un', '김정은', 'Ким Чен Ын', '金正恩'],
  minaunghlaing: ['Min Aung Hlaing', 'မင်းအောင်လှိုင်', 'Мин Аун Хлайн'],
  bortnikov: ['Alexander Bortnikov', 'Александр Бортников'],
  patrushev: ['Nikolai Patrushev', 'Николай Патрушев', 'Nikolaj Patruschew'],
};

export const FRESH_COMPANIES: readonly Company[] = [
  { key: 'tianye', short: 'Tianye', names: ['Xinjiang Tianye (Group) Co., Ltd.', 'Tianye'] },
  { key: 'hengli', short: 'Hengli', names: ['Jiangsu Hengli Chemical Fibre Co., Ltd.', 'Hengli'] },
  { key: 'anta', short: 'Anta Sports', names: ['Anta Sports Products Limited', 'Anta Sports', 'ANTA'] },
  { key: 'lining', short: 'Li Ning', names: ['Li Ning Company Limited', 'Li Ning'] },
  {
    key: 'sunway',
    short: 'Sunway Communication',
    names: ['Shenzhen Sunway Communication Co., Ltd.', 'Sunway Communication'],
  },
  { key: 'ofilm', short: 'O-Film', names: ['Ofilm Group Co., Ltd.', 'O-Film'] },
  { key: 'boe', short: 'BOE', names: ['BOE Technology Group Co., Ltd.', 'BOE'] },
  { key: 'goertek', short: 'Goertek', names: ['Goertek Inc.', 'Goertek'] },
  { key: 'luxshare', short: 'Luxshare', names: ['Luxshare Precision Industry Co., Ltd.', 'Luxshare'] },
  { key: 'cetc', short: 'CETC', names: ['China Electronics Technology Group Corporation', 'CETC'] },
  { key: 'nuctech', short: 'Nuctech', names: ['Nuctech Company Limited', 'Nuctech'] },
  { key: 'tiandy', short: 'Tiandy', names: ['Tiandy Technologies Co., Ltd.', 'Tiandy'] },
  { key: 'uniview', short: 'Uniview', names: ['Zhejiang Uniview Technologies Co., Ltd.', 'Uniview'] },
  { key: 'youngor', short: 'Youngor', names: ['Youngor Group Co., Ltd.', 'Youngor'] },
  { key: 'luthai', short: 'Lu Thai', names: ['Lu Thai Textile Co., Ltd.', 'Luthai Textile', 'Lu Thai'] },
  { key: 'texhong', short: 'Texhong', names: ['Texhong Textile Group Limited', 'Texhong'] },
  {
    key: 'gazprom',
    short: 'Gazprom',
    names: ['Публичное акционерное общество «Газпром»', 'Gazprom', 'PJSC Gazprom'],
  },
  { key: 'sberbank', short: 'Sberbank', names: ['ПАО «Сбербанк»', 'Sberbank', 'Sberbank of Russia'] },
  { key: 'kalashnikov', short: 'Kalashnikov', names: ['АО «Концерн Калашников»', 'Kalashnikov Concern'] },
  { key: 'wagner', short: 'Wagner', names: ['ООО «Вагнер»', 'Wagner Group'] },
];

export const FRESH_SHARED_WORD_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['Anta Sports Products Limited', 'Li Ning Sports Goods'],
  ['China Electronics Technology Group Corporation', 'China Electronics Corporation'],
  ['Shenzhen Sunway Communication Co., Ltd.', 'Sunway Group'],
  ['Shanghai Dragon Corporation', 'Dragon Capital'],
  ['BOE Technology Group Co., Ltd.', 'Boeing'],
  ['Lu Thai Textile Co., Ltd.', 'Texhong Textile Group Limited'],
  ['Sberbank of Russia', 'VTB Bank of Russia'],
  ['Wagner Group', 'Wagner Asia Equipment'],
  ['Gazprom', 'Gazprombank'],
  ['Xinjiang Tianye (Group) Co., Ltd.', 'Xinjiang Tianshan Wool Textile Co., Ltd.'],
];
