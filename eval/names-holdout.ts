// A third set of names, written after all tuning and run once, for the final figures: the
// matcher was not changed after seeing its results.
import type { Company } from './names-data.ts';

export const HOLDOUT_PEOPLE: Readonly<Record<string, readonly string[]>> = {
  tuniyaz: ['Erkin Tuniyaz', 'Erkin Tuniyazi', '艾尔肯·吐尼亚孜'],
  wangjunzheng: ['Wang Junzheng', '王君正'],
  maxingrui: ['Ma Xingrui', '马兴瑞'],
  hulianhe: ['Hu Lianhe', '胡联合'],
  rushanabbas: ['Rushan Abbas', 'Рушан Аббас'],
  dolkunisa: ['Dolkun Isa', 'Долкун Иса', '多里坤·艾沙'],
  sauytbay: ['Sayragul Sauytbay', 'Sairagul Sauytbay', 'Сайрагуль Сауытбай'],
  deripaska: ['Oleg Deripaska', 'Олег Дерипаска', 'Oleg Wladimirowitsch Deripaska', 'أوليغ ديريباسكا'],
  timchenko: ['Gennady Timchenko', 'Геннадий Тимченко', 'Gennadi Timtschenko', 'Guennadi Timtchenko'],
  rotenberg: ['Arkady Rotenberg', 'Аркадий Ротенберг', 'Arkadi Rotenberg'],
  orban: ['Viktor Orbán', 'Orbán Viktor', 'Виктор Орбан'],
  nasrallah: ['Hassan Nasrallah', 'حسن نصر الله', 'Хасан Насралла'],
  zawahiri: ['Ayman al-Zawahiri', 'أيمن الظواهري', 'Айман аз-Завахири'],
  sinwar: ['Yahya Sinwar', 'يحيى السنوار', 'Яхья Синвар'],
  suukyi: ['Aung San Suu Kyi', 'Аун Сан Су Чжи', '昂山素季'],
  parkgeunhye: ['Park Geun-hye', '박근혜', 'Пак Кын Хе'],
  abe: ['Shinzo Abe', 'Синдзо Абэ', 'Abe Shinzō'],
  duterte: ['Rodrigo Duterte', 'Родриго Дутерте', '罗德里戈·杜特尔特'],
};

export const HOLDOUT_COMPANIES: readonly Company[] = [
  {
    key: 'zhuowan',
    short: 'Yili Zhuowan',
    names: ['Yili Zhuowan Garment Manufacturing Co., Ltd.', 'Yili Zhuowan'],
  },
  { key: 'bitland', short: 'Bitland', names: ['Hefei Bitland Information Technology Co., Ltd.', 'Bitland'] },
  {
    key: 'nanchangofilm',
    short: 'Nanchang O-Film',
    names: ['Nanchang O-Film Tech Co., Ltd.', 'Nanchang O-Film'],
  },
  {
    key: 'changjiesquel',
    short: 'Changji Esquel',
    names: ['Changji Esquel Textile Co., Ltd.', 'Changji Esquel'],
  },
  { key: 'aksuhuafu', short: 'Aksu Huafu', names: ['Aksu Huafu Textiles Co., Ltd.', 'Aksu Huafu'] },
  {
    key: 'easthope',
    short: 'East Hope Nonferrous',
    names: ['Xinjiang East Hope Nonferrous Metals Co., Ltd.', 'East Hope Nonferrous'],
  },
  {
    key: 'bayi',
    short: 'Bayi Iron & Steel',
    names: ['Baowu Group Xinjiang Bayi Iron & Steel Co., Ltd.', 'Bayi Iron & Steel'],
  },
  {
    key: 'sinopec',
    short: 'Sinopec',
    names: ['Sinopec', 'Sinopec Corp.'],
    hard: ['China Petroleum & Chemical Corporation'],
  },
  { key: 'rosneft', short: 'Rosneft', names: ['Rosneft Oil Company', 'Rosneft', 'ПАО «НК «Роснефть»'] },
  { key: 'lukoil', short: 'Lukoil', names: ['PJSC Lukoil Oil Company', 'Lukoil', 'ПАО «ЛУКОЙЛ»'] },
  {
    key: 'nornickel',
    short: 'Norilsk Nickel',
    names: ['PJSC MMC Norilsk Nickel', 'Norilsk Nickel'],
    hard: ['Nornickel'],
  },
  { key: 'rostec', short: 'Rostec', names: ['State Corporation Rostec', 'Rostec', 'Госкорпорация «Ростех»'] },
  { key: 'smic', short: 'SMIC', names: ['Semiconductor Manufacturing International Corporation', 'SMIC'] },
  { key: 'inspur', short: 'Inspur', names: ['Inspur Group Co., Ltd.', 'Inspur'] },
  { key: 'sugon', short: 'Sugon', names: ['Sugon'], hard: ['Dawning Information Industry Co., Ltd.'] },
  { key: 'dji', short: 'DJI', names: ['Shenzhen DJI Sciences and Technologies Ltd.', 'DJI'] },
];

export const HOLDOUT_SHARED_WORD_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['Rosneft', 'Rosatom'],
  ['State Corporation Rostec', 'State Corporation Rosatom'],
  ['Aksu Huafu Textiles Co., Ltd.', 'Aksu Jinyu Textiles Co., Ltd.'],
  ['Xinjiang East Hope Nonferrous Metals Co., Ltd.', 'Xinjiang Nonferrous Metals Industry Group'],
  ['China Petroleum & Chemical Corporation', 'China National Chemical Corporation'],
  ['Semiconductor Manufacturing International Corporation', 'Semiconductor Manufacturing Technology'],
  ['Bayi Iron & Steel', 'Baotou Iron & Steel'],
  ['Norilsk Nickel', 'Nickel Mines Limited'],
];
