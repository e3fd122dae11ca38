// Hand-written lists for the name evaluation (eval/names.ts): distinctive company names with
// their full legal names and other spellings, other people's names in several scripts, and
// pairs of different bodies that share generic words. Written for this evaluation, not
// taken from the matcher's word lists.

/** A company: its full legal name and other names it goes by (all mean the same body). */
export interface Company {
  readonly key: string;
  /** The short, distinctive name used to build legal-form variants ("Hikvision"). */
  readonly short: string;
  readonly names: readonly string[];
  /** Spellings across scripts that only a translation table could match (reported apart). */
  readonly hard?: readonly string[];
}

export const COMPANIES: readonly Company[] = [
  {
    key: 'hikvision',
    short: 'Hikvision',
    names: [
      'Hangzhou Hikvision Digital Technology Co., Ltd.',
      'Hikvision',
      'HIKVISION DIGITAL TECHNOLOGY CO LTD',
      'Hik Vision',
    ],
    hard: ['海康威视', '杭州海康威视数字技术股份有限公司'],
  },
  {
    key: 'dahua',
    short: 'Dahua',
    names: ['Zhejiang Dahua Technology Co., Ltd.', 'Dahua', 'Dahua Technology', '浙江大华技术股份有限公司'],
  },
  { key: 'huawei', short: 'Huawei', names: ['Huawei Technologies Co., Ltd.', 'Huawei', '华为技术有限公司'] },
  {
    key: 'iflytek',
    short: 'iFlytek',
    names: ['iFlytek Co., Ltd.', 'iFlytek', 'IFLYTEK CO LTD'],
    hard: ['科大讯飞股份有限公司'],
  },
  {
    key: 'megvii',
    short: 'Megvii',
    names: ['Beijing Megvii Technology Co., Ltd.', 'Megvii', 'Megvii Technology Limited'],
  },
  { key: 'sensetime', short: 'SenseTime', names: ['SenseTime Group Limited', 'SenseTime', 'Sense Time'] },
  {
    key: 'yitu',
    short: 'Yitu',
    names: ['Shanghai Yitu Network Technology Co., Ltd.', 'Yitu', 'YITU Technology'],
  },
  {
    key: 'cloudwalk',
    short: 'CloudWalk',
    names: ['CloudWalk Technology Co., Ltd.', 'CloudWalk', 'Cloud Walk'],
  },
  { key: 'meiya', short: 'Meiya Pico', names: ['Xiamen Meiya Pico Information Co., Ltd.', 'Meiya Pico'] },
  {
    key: 'xpcc',
    short: 'Bingtuan',
    names: ['Xinjiang Production and Construction Corps', 'XPCC'],
    hard: ['新疆生产建设兵团'],
  },
  { key: 'esquel', short: 'Esquel', names: ['Esquel Group', 'Esquel'] },
  {
    key: 'lianhai',
    short: 'Lianhai Chuangzhi',
    names: ['Xinjiang Lianhai Chuangzhi Information Technology Co., Ltd.', 'Lianhai Chuangzhi'],
  },
  {
    key: 'zhongtai',
    short: 'Zhongtai Chemical',
    names: ['Xinjiang Zhongtai Chemical Co., Ltd.', 'Zhongtai Chemical'],
  },
  { key: 'tunhe', short: 'COFCO Tunhe', names: ['COFCO Tunhe Co., Ltd.', 'COFCO Tunhe', 'Cofco Tunhe'] },
  { key: 'taida', short: 'Hetian Taida', names: ['Hetian Taida Apparel Co., Ltd.', 'Hetian Taida'] },
  { key: 'huafu', short: 'Huafu Fashion', names: ['Huafu Fashion Co., Ltd.', 'Huafu Fashion'] },
  { key: 'daqo', short: 'Daqo', names: ['Xinjiang Daqo New Energy Co., Ltd.', 'Daqo New Energy', 'Daqo'] },
  {
    key: 'hoshine',
    short: 'Hoshine',
    names: ['Hoshine Silicon Industry Co., Ltd.', 'Hoshine Silicon', 'Hoshine'],
  },
  {
    key: 'gcl',
    short: 'GCL-Poly',
    names: ['GCL-Poly Energy Holdings Limited', 'GCL-Poly', 'GCL Poly Energy'],
  },
  {
    key: 'longi',
    short: 'LONGi',
    names: ['LONGi Green Energy Technology Co., Ltd.', 'LONGi', 'Longi Green Energy'],
  },
  {
    key: 'volkswagen',
    short: 'Volkswagen',
    names: ['Volkswagen AG', 'Volkswagen', 'Volkswagen Aktiengesellschaft'],
  },
  { key: 'siemens', short: 'Siemens', names: ['Siemens Aktiengesellschaft', 'Siemens', 'Siemens AG'] },
  { key: 'hm', short: 'Hennes & Mauritz', names: ['H & M Hennes & Mauritz AB', 'H&M', 'Hennes & Mauritz'] },
  { key: 'nike', short: 'Nike', names: ['Nike, Inc.', 'Nike', 'NIKE INC'] },
  {
    key: 'inditex',
    short: 'Inditex',
    names: ['Inditex', 'Inditex S.A.'],
    hard: ['Industria de Diseño Textil, S.A.'],
  },
  { key: 'nca', short: 'National Crime Agency', names: ['National Crime Agency', 'NCA'] },
  {
    key: 'icbc',
    short: 'ICBC',
    names: [
      'Industrial and Commercial Bank of China Limited',
      'ICBC',
      'Industrial & Commercial Bank of China',
    ],
  },
  { key: 'boc', short: 'Bank of China', names: ['Bank of China Limited', 'Bank of China', '中国银行'] },
  {
    key: 'ccb',
    short: 'China Construction Bank',
    names: ['China Construction Bank Corporation', 'China Construction Bank', 'CCB'],
  },
  { key: 'hsbc', short: 'HSBC', names: ['The Hongkong and Shanghai Banking Corporation Limited', 'HSBC'] },
  {
    key: 'mss',
    short: 'Ministry of State Security',
    names: ['Ministry of State Security', 'MSS'],
    hard: ['国家安全部'],
  },
  { key: 'cnpc', short: 'CNPC', names: ['China National Petroleum Corporation', 'CNPC'] },
  { key: 'cnnc', short: 'CNNC', names: ['China National Nuclear Corporation', 'CNNC'] },
  { key: 'ngrid', short: 'National Grid', names: ['National Grid plc', 'National Grid'] },
  { key: 'sufc', short: 'Sheffield United', names: ['Sheffield United Football Club', 'Sheffield United'] },
  { key: 'shu', short: 'Sheffield Hallam', names: ['Sheffield Hallam University', 'SHU'] },
  {
    key: 'tencent',
    short: 'Tencent',
    names: ['Tencent Holdings Limited', 'Tencent'],
    hard: ['腾讯控股有限公司'],
  },
  { key: 'bytedance', short: 'ByteDance', names: ['ByteDance Ltd.', 'ByteDance', 'Byte Dance'] },
  {
    key: 'zte',
    short: 'ZTE',
    names: ['ZTE Corporation', 'ZTE', 'Zhongxing Telecommunication Equipment Corporation'],
  },
];

/** Pairs of different bodies that share generic words: none of them may match. */
export const SHARED_WORD_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['National Grid plc', 'National Crime Agency'],
  ['Sheffield United', 'Sheffield Hallam University'],
  ['Bank of China', 'China Construction Bank'],
  ['Bank of China', 'Agricultural Bank of China'],
  ['Bank of China', 'Industrial and Commercial Bank of China'],
  ['China National Petroleum Corporation', 'China National Nuclear Corporation'],
  ['Ministry of State Security', 'Ministry of Public Security'],
  ['National Security Agency', 'National Crime Agency'],
  ['Xinjiang Production and Construction Corps', 'Xinjiang Zhongtai Chemical Co., Ltd.'],
  ['Zhejiang Dahua Technology Co., Ltd.', 'Zhejiang Uniview Technologies Co., Ltd.'],
  ['Hikvision Digital Technology', 'Digital China Holdings'],
  ['United Nations', 'United Airlines'],
  ['China Mobile', 'China Unicom'],
  ['China Telecom', 'China Mobile'],
  ['General Electric', 'General Motors'],
  ['American Express', 'American Airlines'],
  ['British Petroleum', 'British Airways'],
  ['Deutsche Bank', 'Deutsche Telekom'],
  ['Bank of America', 'Bank of England'],
  ['Xinjiang Tianshan Wool Textile Co., Ltd.', 'Xinjiang Tianshan Cement Co., Ltd.'],
  ['Hetian Taida Apparel Co., Ltd.', 'Hetian Haolin Hair Accessories Co., Ltd.'],
  ['Shanghai Yitu Network Technology Co., Ltd.', 'Shanghai Electric Group Co., Ltd.'],
  ['Beijing Megvii Technology Co., Ltd.', 'Beijing Zhongguancun Technology Co., Ltd.'],
  ['Public Security Bureau', 'State Security Bureau'],
  ['Xinjiang University', 'Xinjiang Medical University'],
  ['Sheffield Wednesday', 'Sheffield United'],
  ['Manchester United', 'Manchester City'],
  ['Royal Bank of Canada', 'Royal Bank of Scotland'],
];

/** Other people, each with spellings in several scripts. None of them is Vladimir Putin. */
export const PEOPLE: Readonly<Record<string, readonly string[]>> = {
  zelensky: [
    'Volodymyr Zelenskyy',
    'Volodymyr Zelensky',
    'Vladimir Zelensky',
    'Владимир Зеленский',
    'Володимир Зеленський',
    'Βολοντίμιρ Ζελένσκι',
    'فولوديمير زيلينسكي',
    '弗拉基米尔·泽连斯基',
    'ウォロディミル・ゼレンスキー',
  ],
  medvedev: [
    'Dmitry Medvedev',
    'Dmitri Medvedev',
    'Дмитрий Медведев',
    'Dmitrij Medwedew',
    'ドミートリー・メドヴェージェフ',
    '德米特里·梅德韦杰夫',
    'دميتري ميدفيديف',
  ],
  potanin: ['Vladimir Potanin', 'Владимир Потанин', 'Vladimir Olegovich Potanin'],
  zhirinovsky: ['Vladimir Zhirinovsky', 'Владимир Жириновский', 'Wladimir Schirinowski'],
  lenin: ['Vladimir Lenin', 'Владимир Ленин', 'Vladimir Ilyich Lenin', 'Владимир Ильич Ленин'],
  nabokov: ['Vladimir Nabokov', 'Владимир Набоков'],
  karamurza: ['Vladimir Kara-Murza', 'Владимир Кара-Мурза'],
  solovyov: ['Vladimir Solovyov', 'Владимир Соловьёв', 'Wladimir Solowjow'],
  lavrov: ['Sergei Lavrov', 'Sergey Lavrov', 'Сергей Лавров', '谢尔盖·拉夫罗夫'],
  navalny: ['Alexei Navalny', 'Alexey Navalny', 'Алексей Навальный', 'Aleksej Nawalny'],
  xi: ['Xi Jinping', '习近平', '習近平', 'Си Цзиньпин'],
  chen: ['Chen Quanguo', '陈全国'],
  erdogan: ['Recep Tayyip Erdoğan', 'Реджеп Тайип Эрдоган', 'رجب طيب أردوغان'],
  lukashenko: ['Alexander Lukashenko', 'Aliaksandr Lukashenka', 'Аляксандр Лукашэнка', 'Александр Лукашенко'],
  peskov: ['Dmitry Peskov', 'Дмитрий Песков'],
  // Another man called Putin: only spellings of Vladimir Putin that carry his given name or
  // initials can be told from him; "President Putin" cannot, so those pairs are not counted.
  igorputin: ['Igor Putin', 'Игорь Путин'],
};

/** Title words in the Putin spellings ("Präsident Putin"): such a spelling names no given name. */
export const TITLES_IN_SPELLINGS: readonly string[] = [
  'präsident',
  'predsjednik',
  'președintele',
  'presiden',
  'presidente',
  'elnök',
  'президент',
];
