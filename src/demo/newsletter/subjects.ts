// What the demo resources are about: a few subjects per topic, each named in every language the
// resources are written in. Invented for the demo from the themes in shared/DOMAIN.md; the
// wording is ours. Titles are built from these (see wording.ts), so each phrase must read as a
// headline on its own, in the nominative, after a colon or a dash.

export const resourceLanguages = ['en', 'ru', 'uk', 'de', 'he', 'ar'] as const;
export type ResourceLanguage = (typeof resourceLanguages)[number];

export const demoTopics = [
  'russia_ukraine_war',
  'israel_hamas_war',
  'climate',
  'nuclear_and_cyber',
  'other',
] as const;
export type DemoTopic = (typeof demoTopics)[number];

type Phrase = Record<ResourceLanguage, string>;

export const subjects: Record<DemoTopic, readonly Phrase[]> = {
  russia_ukraine_war: [
    {
      en: 'prisoner exchanges and the families who wait',
      ru: 'обмены пленными и семьи, которые ждут',
      uk: 'обміни полоненими і родини, що чекають',
      de: 'Gefangenenaustausch und die wartenden Familien',
      he: 'חילופי שבויים והמשפחות שמחכות',
      ar: 'تبادل الأسرى والعائلات التي تنتظر',
    },
    {
      en: 'grain shipments across the Black Sea',
      ru: 'зерновой коридор в Черном море',
      uk: 'зерновий коридор у Чорному морі',
      de: 'Getreidetransporte über das Schwarze Meer',
      he: 'משלוחי תבואה בים השחור',
      ar: 'شحنات الحبوب عبر البحر الأسود',
    },
    {
      en: 'power cuts in frontline cities',
      ru: 'отключения света в прифронтовых городах',
      uk: 'відключення світла в прифронтових містах',
      de: 'Stromausfälle in frontnahen Städten',
      he: 'הפסקות חשמל בערי החזית',
      ar: 'انقطاع الكهرباء في مدن خط المواجهة',
    },
    {
      en: 'children taken across the border',
      ru: 'дети, вывезенные через границу',
      uk: 'діти, вивезені через кордон',
      de: 'über die Grenze gebrachte Kinder',
      he: 'ילדים שהועברו אל מעבר לגבול',
      ar: 'الأطفال الذين نُقلوا عبر الحدود',
    },
    {
      en: 'the quiet talks nobody announces',
      ru: 'тихие переговоры, о которых не объявляют',
      uk: 'тихі перемовини, про які не оголошують',
      de: 'die leisen Gespräche, die niemand ankündigt',
      he: 'השיחות השקטות שאיש אינו מכריז עליהן',
      ar: 'المحادثات الهادئة التي لا يعلن عنها أحد',
    },
  ],
  israel_hamas_war: [
    {
      en: 'hostages and the negotiations around them',
      ru: 'заложники и переговоры вокруг них',
      uk: 'заручники і перемовини довкола них',
      de: 'Geiseln und die Verhandlungen um sie',
      he: 'החטופים והמשא ומתן סביבם',
      ar: 'الرهائن والمفاوضات حولهم',
    },
    {
      en: 'aid convoys and the crossings into Gaza',
      ru: 'гуманитарные колонны и переходы в Газу',
      uk: 'гуманітарні колони і переходи до Гази',
      de: 'Hilfskonvois und die Übergänge nach Gaza',
      he: 'שיירות סיוע והמעברים לעזה',
      ar: 'قوافل المساعدات والمعابر إلى غزة',
    },
    {
      en: 'bereaved parents who still meet',
      ru: 'родители, потерявшие детей, которые продолжают встречаться',
      uk: 'батьки, що втратили дітей і далі зустрічаються',
      de: 'verwaiste Eltern, die sich weiter treffen',
      he: 'הורים שכולים שממשיכים להיפגש',
      ar: 'آباء ثكالى ما زالوا يلتقون',
    },
    {
      en: 'schools and teachers after the fighting',
      ru: 'школы и учителя после боев',
      uk: 'школи та вчителі після боїв',
      de: 'Schulen und Lehrkräfte nach den Kämpfen',
      he: 'בתי ספר ומורים אחרי הלחימה',
      ar: 'المدارس والمعلمون بعد القتال',
    },
    {
      en: 'plans for the day after',
      ru: 'планы на день после',
      uk: 'плани на день після',
      de: 'Pläne für den Tag danach',
      he: 'תוכניות ליום שאחרי',
      ar: 'خطط اليوم التالي',
    },
  ],
  climate: [
    {
      en: 'Antarctic krill and the case for protected seas',
      ru: 'антарктический криль и охраняемые моря',
      uk: 'антарктичний криль і морські заповідники',
      de: 'antarktischer Krill und geschützte Meere',
      he: 'קריל אנטארקטי והגנה על הימים',
      ar: 'الكريل في القطب الجنوبي وحماية البحار',
    },
    {
      en: 'a drained reservoir and the land around it',
      ru: 'осушенное водохранилище и земля вокруг него',
      uk: 'осушене водосховище і земля довкола нього',
      de: 'ein abgelassener Stausee und das Land ringsum',
      he: 'מאגר מים שהתרוקן והאדמה סביבו',
      ar: 'خزان جاف والأرض من حوله',
    },
    {
      en: 'water sharing in a dry region',
      ru: 'раздел воды в засушливом регионе',
      uk: 'розподіл води в посушливому регіоні',
      de: 'Wasserteilung in einer trockenen Region',
      he: 'חלוקת מים באזור צחיח',
      ar: 'تقاسم المياه في منطقة جافة',
    },
    {
      en: 'scientists who keep sharing data across borders',
      ru: 'ученые, которые продолжают обмениваться данными',
      uk: 'науковці, які далі обмінюються даними',
      de: 'Forschende, die weiter Daten teilen',
      he: 'מדענים שממשיכים לשתף נתונים',
      ar: 'علماء يواصلون تبادل البيانات عبر الحدود',
    },
    {
      en: 'the environmental cost of war',
      ru: 'экологическая цена войны',
      uk: 'екологічна ціна війни',
      de: 'die Umweltkosten des Krieges',
      he: 'המחיר הסביבתי של המלחמה',
      ar: 'الكلفة البيئية للحرب',
    },
  ],
  nuclear_and_cyber: [
    {
      en: 'safety at an occupied nuclear plant',
      ru: 'безопасность оккупированной АЭС',
      uk: 'безпека окупованої АЕС',
      de: 'Sicherheit in einem besetzten Kernkraftwerk',
      he: 'בטיחות בכור גרעיני כבוש',
      ar: 'السلامة في محطة نووية محتلة',
    },
    {
      en: 'attacks on power grids',
      ru: 'атаки на энергосети',
      uk: 'атаки на енергомережі',
      de: 'Angriffe auf Stromnetze',
      he: 'מתקפות על רשתות החשמל',
      ar: 'الهجمات على شبكات الكهرباء',
    },
    {
      en: 'the last arms control treaties',
      ru: 'последние договоры о контроле над вооружениями',
      uk: 'останні договори про контроль над озброєннями',
      de: 'die letzten Rüstungskontrollverträge',
      he: 'אמנות הפיקוח האחרונות על נשק',
      ar: 'آخر معاهدات الحد من التسلح',
    },
    {
      en: 'false alarms in early-warning systems',
      ru: 'ложные тревоги систем раннего предупреждения',
      uk: 'хибні тривоги систем раннього попередження',
      de: 'Fehlalarme in Frühwarnsystemen',
      he: 'התרעות שווא במערכות התרעה מוקדמת',
      ar: 'الإنذارات الكاذبة في أنظمة الإنذار المبكر',
    },
    {
      en: 'deepfakes in wartime',
      ru: 'дипфейки во время войны',
      uk: 'діпфейки під час війни',
      de: 'Deepfakes in Kriegszeiten',
      he: 'זיופים עמוקים בזמן מלחמה',
      ar: 'التزييف العميق في زمن الحرب',
    },
  ],
  other: [
    {
      en: 'journalists who work with colleagues from the other side',
      ru: 'журналисты, работающие с коллегами с другой стороны',
      uk: 'журналісти, що працюють із колегами з іншого боку',
      de: 'Journalisten, die mit Kollegen der Gegenseite arbeiten',
      he: 'עיתונאים שעובדים עם עמיתים מהצד השני',
      ar: 'صحفيون يعملون مع زملاء من الطرف الآخر',
    },
    {
      en: 'translators of banned books',
      ru: 'переводчики запрещенных книг',
      uk: 'перекладачі заборонених книжок',
      de: 'Übersetzer verbotener Bücher',
      he: 'מתרגמים של ספרים אסורים',
      ar: 'مترجمو الكتب المحظورة',
    },
    {
      en: 'cooperation in space after the break',
      ru: 'сотрудничество в космосе после разрыва',
      uk: 'співпраця в космосі після розриву',
      de: 'Zusammenarbeit im All nach dem Bruch',
      he: 'שיתוף פעולה בחלל אחרי הקרע',
      ar: 'التعاون في الفضاء بعد القطيعة',
    },
    {
      en: 'students who study abroad in wartime',
      ru: 'студенты, которые учатся за границей во время войны',
      uk: 'студенти, які навчаються за кордоном під час війни',
      de: 'Studierende im Ausland in Kriegszeiten',
      he: 'סטודנטים שלומדים בחו"ל בזמן מלחמה',
      ar: 'طلاب يدرسون في الخارج زمن الحرب',
    },
    {
      en: 'what a handshake between enemies can still do',
      ru: 'что еще может рукопожатие врагов',
      uk: 'що ще може рукостискання ворогів',
      de: 'was ein Händedruck zwischen Feinden noch bewirkt',
      he: 'מה עוד יכולה לחיצת יד בין אויבים',
      ar: 'ما الذي ما زالت مصافحة الأعداء قادرة عليه',
    },
  ],
};
