// The subjects of the generated news: the project's own (Xinjiang, forced labour, surveillance
// firms, sanctions, the UN and the courts) and unrelated general news, each with its words and
// named entities, most frequent first. Multi-word entries are collocations that phrase queries
// can find. Hand-written: realistic names matter more than quantity here.

export interface Topic {
  readonly name: string;
  /** Share of all original items on this topic. */
  readonly share: number;
  readonly words: readonly string[];
  readonly entities: readonly string[];
  readonly categories: readonly string[];
}

const list = (text: string): string[] => text.split('|').map((w) => w.trim());

const XINJIANG_ENTITIES = list(
  'Xinjiang|Uyghurs|Beijing|Ürümqi|Kashgar|Hotan|Aksu|Turpan|Ghulja|Korla|Karamay|Atush|Yarkand|Chen Quanguo|' +
    'Ma Xingrui|Xi Jinping|Ilham Tohti|Rahima Mahmut|Dolkun Isa|Adrian Zenz|Rushan Abbas|Gulbahar Haitiwaji|' +
    'Sayragul Sauytbay|Mihrigul Tursun|Tursunay Ziawudun|Rahile Dawut|Zumretay Arkin|World Uyghur Congress|' +
    'Uyghur Human Rights Project|Xinjiang Production and Construction Corps|XPCC|Bingtuan|Chinese Communist Party|' +
    'Human Rights Watch|Amnesty International|Australian Strategic Policy Institute|Kazakhstan|Almaty|Istanbul',
);
const LABOUR_ENTITIES = list(
  'Nike|Adidas|Volkswagen|BASF|H&M|Inditex|Zara|Uniqlo|Fast Retailing|Apple|Tesla|Shein|Temu|Longi|JinkoSolar|' +
    'Canadian Solar|Hoshine Silicon|Daqo New Energy|GCL Technology|Esquel|Huafu Fashion|Lu Thai Textile|' +
    'Better Cotton|Sheffield Hallam University|Laura Murphy|Coalition to End Forced Labour in the Uyghur Region|' +
    'Anti-Slavery International|Walk Free|Xinjiang Zhongtai|BYD|Mercedes-Benz|BMW|Continental',
);
const SANCTIONS_ENTITIES = list(
  'Uyghur Forced Labor Prevention Act|UFLPA|Customs and Border Protection|CBP|Department of Homeland Security|' +
    'Treasury|Office of Foreign Assets Control|OFAC|Commerce Department|Entity List|European Union|' +
    'European Parliament|European Commission|Forced Labour Regulation|Global Magnitsky Act|Washington|Brussels|' +
    'London|Ottawa|Canberra|Berlin|Antony Blinken|Marco Rubio|Ursula von der Leyen|Kaja Kallas|Wang Yi|' +
    'Forced Labor Enforcement Task Force|Foreign Ministry|Mao Ning|Lin Jian',
);
const UN_COURTS_ENTITIES = list(
  'United Nations|UN Human Rights Council|OHCHR|Volker Türk|Michelle Bachelet|Geneva|' +
    'Committee on the Elimination of Racial Discrimination|International Labour Organization|ILO|' +
    'Uyghur Tribunal|Geoffrey Nice|International Criminal Court|ICC|European Court of Human Rights|' +
    'Court of Justice of the European Union|High Court|Supreme Court|Court of Appeal|The Hague|' +
    'Special Rapporteur|Tomoya Obokata|Fernand de Varennes|General Assembly|Third Committee',
);
const SURVEILLANCE_ENTITIES = list(
  'Hikvision|Dahua|SenseTime|Megvii|iFlytek|CloudWalk|Yitu|Huawei|ZTE|Tiandy|Uniview|' +
    'China Electronics Technology Group|CETC|Integrated Joint Operations Platform|IJOP|Jingwang|' +
    'Public Security Bureau|Ministry of Public Security|IPVM|Citizen Lab|Xinjiang Police Files|China Cables|' +
    'Karakax List|Urumqi Police Database|Leon Technology|Netposa|Hanwang',
);

export const TOPICS: readonly Topic[] = [
  {
    name: 'xinjiang',
    share: 0.12,
    words: list(
      'detention|camps|re-education camps|internment|detained|vocational training centres|families|relatives|' +
        'testimony|survivors|repression|genocide|crimes against humanity|mosques|demolished|imams|diaspora|' +
        'sterilisation|birth rates|boarding schools|children|religious|Muslim|minority|ethnic|Kazakhs|Kyrgyz|' +
        'leaked|documents|prison|sentenced|disappeared|released|interrogation|indoctrination|Mandarin|culture|' +
        'language|shrines|Ramadan|fasting|passports|confiscated|homestay|cadres|relatives abroad|transnational repression|' +
        'intimidation|harassment|activists|scholar|academics|historian|poet|satellite images|facilities|walls|watchtowers',
    ),
    entities: XINJIANG_ENTITIES,
    categories: list('Xinjiang|Human rights|China|Uyghurs'),
  },
  {
    name: 'forced-labour',
    share: 0.08,
    words: list(
      'forced labour|forced labor|labour transfer|labour transfers|supply chain|supply chains|cotton|tomatoes|' +
        'polysilicon|solar panels|aluminium|batteries|textiles|garments|factories|factory|workers|suppliers|' +
        'brands|retailers|audit|auditors|due diligence|traceability|isotope testing|shipments|imports|' +
        'exposure|sourcing|mills|yarn|apparel|car makers|components|poverty alleviation|surplus labour|dormitories|' +
        'wages|quota|transferred|manufacturers|investors|disclosure|report|campaigners|boycott',
    ),
    entities: LABOUR_ENTITIES,
    categories: list('Forced labour|Supply chains|Business'),
  },
  {
    name: 'sanctions',
    share: 0.06,
    words: list(
      'sanctions|sanctioned|export controls|import ban|withhold release order|rebuttable presumption|' +
        'entity list|detained shipments|enforcement|tariffs|trade|legislation|lawmakers|bill|senators|' +
        'visa bans|asset freezes|retaliation|countersanctions|diplomats|embassy|talks|summit|bilateral|' +
        'designations|officials|compliance|exporters|penalties|regulation|member states|ban|vote|amendment',
    ),
    entities: SANCTIONS_ENTITIES,
    categories: list('Sanctions|Trade|Politics'),
  },
  {
    name: 'un-courts',
    share: 0.04,
    words: list(
      'human rights|resolution|report|assessment|findings|court|ruling|judges|judgment|lawsuit|complaint|' +
        'prosecutors|hearing|appeal|verdict|jurisdiction|evidence|witnesses|tribunal|inquiry|investigation|' +
        'debate|statement|joint statement|member states|delegation|session|mandate|rapporteur|allegations|' +
        'accountability|international law|treaty|obligations|petition|claimants|lawyers',
    ),
    entities: UN_COURTS_ENTITIES,
    categories: list('United Nations|Courts|Human rights'),
  },
  {
    name: 'surveillance',
    share: 0.05,
    words: list(
      'surveillance|facial recognition|cameras|checkpoints|biometric data|DNA|iris scans|voice samples|' +
        'predictive policing|police|app|phones|spyware|data|algorithm|artificial intelligence|contracts|' +
        'tender documents|procurement|camera systems|software|emotion recognition|ethnicity detection|alerts|' +
        'databases|monitoring|tracking|blacklisted|exports|technology|chips|researchers|patents|security',
    ),
    entities: SURVEILLANCE_ENTITIES,
    categories: list('Surveillance|Technology|China'),
  },
  ...generalTopics(),
];

function generalTopics(): Topic[] {
  return [
    {
      name: 'politics',
      share: 0.2,
      words: list(
        'election|parliament|minister|prime minister|president|vote|voters|campaign|party|opposition|' +
          'coalition|cabinet|budget|policy|reform|spokesperson|polls|candidate|debate|referendum|governor|' +
          'mayor|council|protest|protesters|constitution|legislature|majority|resignation|scandal',
      ),
      entities: list(
        'Congress|Senate|White House|Downing Street|Bundestag|Labour|Conservatives|Democrats|Republicans|Kremlin',
      ),
      categories: list('Politics|World'),
    },
    {
      name: 'economy',
      share: 0.17,
      words: list(
        'inflation|interest rates|central bank|markets|shares|stocks|investors|growth|recession|prices|' +
          'earnings|profit|revenue|jobs|unemployment|housing|mortgage|bonds|currency|exports|oil|gas|' +
          'energy|consumers|retail|quarter|forecast|economists|debt|banks',
      ),
      entities: list(
        'Federal Reserve|European Central Bank|Bank of England|IMF|World Bank|Wall Street|Nasdaq|OPEC|Goldman Sachs',
      ),
      categories: list('Business|Economy|Markets'),
    },
    {
      name: 'sport',
      share: 0.12,
      words: list(
        'match|season|coach|players|goal|league|championship|title|win|defeat|injury|transfer|fans|stadium|' +
          'tournament|final|semi-final|team|striker|points|record|medal|olympic|race|victory|squad',
      ),
      entities: list(
        'Premier League|Champions League|FIFA|Olympics|Wimbledon|NBA|Formula One|World Cup|UEFA',
      ),
      categories: list('Sport'),
    },
    {
      name: 'health-science',
      share: 0.08,
      words: list(
        'hospital|patients|doctors|vaccine|virus|study|scientists|researchers|health|disease|treatment|' +
          'trial|cancer|drug|nurses|climate|emissions|temperatures|floods|drought|heatwave|storm|wildfire|species',
      ),
      entities: list('World Health Organization|WHO|NHS|NASA|Pfizer|Moderna|IPCC|Met Office'),
      categories: list('Health|Science|Climate'),
    },
    {
      name: 'tech-culture',
      share: 0.08,
      words: list(
        'smartphone|app|users|platform|social media|artificial intelligence|chip|startup|film|music|album|' +
          'festival|museum|book|novel|award|series|streaming|game|concert|exhibition|privacy|hackers|data breach',
      ),
      entities: list(
        'Google|Microsoft|Meta|Amazon|OpenAI|Netflix|TikTok|Spotify|Samsung|Nvidia|Cannes|Oscars',
      ),
      categories: list('Technology|Culture'),
    },
  ];
}
