// Given names and family names per culture, written in their own scripts with a Latin form.
// Common names only, combined at random: any likeness to a real person is a coincidence.
// The lists are space-separated strings ("native/latin"; "_" stands for a space inside a name)
// because a formatted array of hundreds of short strings would be hundreds of lines.

export type Script = 'Latin' | 'Cyrillic' | 'Hebrew' | 'Arabic' | 'Han' | 'Georgian' | 'Armenian';

export interface Name {
  native: string;
  latin: string;
}

export interface Culture {
  script: Script;
  /** The BCP 47 tag of the language the names belong to. */
  language: string;
  female: Name[];
  male: Name[];
  family: Name[];
  /** Chinese puts the family name first, without a space in Han characters. */
  familyFirst?: boolean;
  /** Slavic family names take a feminine form (Sokolov, Sokolova). */
  feminine?: (family: Name) => Name;
}

function paired(list: string): Name[] {
  return list
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [native = '', latin = native] = entry.replaceAll('_', ' ').split('/');
      return { native, latin };
    });
}

const russianFeminine = (family: Name): Name => {
  if (family.native.endsWith('ский')) {
    return {
      native: `${family.native.slice(0, -2)}ая`,
      latin: `${family.latin.slice(0, -1)}aya`,
    };
  }
  if (/(ов|ев|ёв|ин|ын)$/.test(family.native)) {
    return { native: `${family.native}а`, latin: `${family.latin}a` };
  }
  return family;
};

const ukrainianFeminine = (family: Name): Name => {
  if (family.native.endsWith('ський')) {
    return { native: `${family.native.slice(0, -2)}а`, latin: `${family.latin.slice(0, -2)}a` };
  }
  return family;
};

const polishFeminine = (family: Name): Name =>
  /(ski|cki)$/.test(family.native)
    ? { native: `${family.native.slice(0, -1)}a`, latin: `${family.latin.slice(0, -1)}a` }
    : family;

export const cultures = {
  american: {
    script: 'Latin',
    language: 'en',
    female: paired(`Sarah Emily Rebecca Margaret Laura Jennifer Rachel Karen Helen Julia Diane
      Megan Claire Ruth Abigail Maya Grace Lauren Denise Hannah`),
    male: paired(`David Michael James Robert Thomas Daniel Peter Mark Andrew Steven Jonathan
      Carlos Samuel Kevin Nathan Benjamin Gregory Aaron Luis Wesley`),
    family: paired(`Miller Johnson Carter Hughes Reed Bennett Foster Brooks Sullivan Morgan Hayes
      Walsh Garcia Nguyen Patel Kim Rivera Coleman Fletcher Holloway Whitaker Porter Dawson
      Ramirez Chang Goldberg Novak Larson Fitzgerald Ortiz`),
  },
  british: {
    script: 'Latin',
    language: 'en',
    female: paired('Olivia Charlotte Harriet Fiona Eleanor Alice Imogen Siobhan Rosalind Bethan'),
    male: paired('Oliver Harry George William Rupert Alistair Callum Edward Gareth Declan'),
    family: paired(`Smith Jones Taylor Davies Evans Roberts Wright Walker Hall Clarke Pritchard
      Ashworth Baxter Kendall Marsh`),
  },
  german: {
    script: 'Latin',
    language: 'de',
    female: paired('Anna Katharina Julia Lena Sabine Ursula Johanna Friederike Greta Annika'),
    male: paired('Lukas Jonas Matthias Stefan Jürgen Klaus Felix Tobias Henrik Moritz'),
    family: paired(`Müller Schmidt Schneider Fischer Weber Becker Hoffmann Wagner Schäfer Koch
      Richter Wolf Braun Krüger Vogel`),
  },
  french: {
    script: 'Latin',
    language: 'fr',
    female: paired('Camille Élise Claire Sophie Juliette Margaux Chloé Hélène Manon Inès'),
    male: paired('Julien Antoine Mathieu Nicolas Pierre Louis Étienne Thomas Rémi Bastien'),
    family: paired(`Martin Bernard Dubois Lefèvre Moreau Laurent Girard Rousseau Fontaine Mercier
      Chevalier Blanc Garnier Faure Roux`),
  },
  finnish: {
    script: 'Latin',
    language: 'fi',
    female: paired('Aino Liisa Johanna Sanna Kaisa Elina Tiina Maija Venla Riikka'),
    male: paired('Mikko Juha Antti Jukka Ville Timo Lauri Eero Tuomas Pekka'),
    family: paired(`Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen
      Järvinen Lehtonen Saarinen`),
  },
  norwegian: {
    script: 'Latin',
    language: 'nb',
    female: paired('Ingrid Kari Solveig Sigrid Marit Astrid Ragnhild Tone Hanne Silje'),
    male: paired('Lars Ole Erik Magnus Håkon Bjørn Sindre Torbjørn Eirik Vegard'),
    family: paired(
      'Hansen Johansen Olsen Larsen Andersen Berg Haugen Hagen Solberg Dahl Lie Strand',
    ),
  },
  polish: {
    script: 'Latin',
    language: 'pl',
    female: paired('Agnieszka Katarzyna Magdalena Małgorzata Joanna Zofia Ewa Aleksandra Marta'),
    male: paired('Piotr Tomasz Krzysztof Łukasz Marcin Paweł Jakub Wojciech Michał'),
    family: paired(`Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański
      Dąbrowski Kozłowski Mazur Krawczyk`),
    feminine: polishFeminine,
  },
  russian: {
    script: 'Cyrillic',
    language: 'ru',
    female: paired(`Анна/Anna Мария/Maria Екатерина/Ekaterina Ольга/Olga Наталья/Natalya
      Елена/Elena Татьяна/Tatiana Ирина/Irina Светлана/Svetlana Дарья/Darya Ксения/Ksenia
      Юлия/Yulia Анастасия/Anastasia Вера/Vera Полина/Polina`),
    male: paired(`Алексей/Alexei Дмитрий/Dmitry Сергей/Sergei Андрей/Andrei Михаил/Mikhail
      Иван/Ivan Николай/Nikolai Павел/Pavel Кирилл/Kirill Артём/Artyom Григорий/Grigory
      Владимир/Vladimir Юрий/Yuri Олег/Oleg Илья/Ilya`),
    family: paired(`Соколов/Sokolov Кузнецов/Kuznetsov Смирнов/Smirnov Волков/Volkov
      Морозов/Morozov Лебедев/Lebedev Новиков/Novikov Орлов/Orlov Зайцев/Zaitsev Белов/Belov
      Голубев/Golubev Виноградов/Vinogradov Ершов/Ershov Комаров/Komarov Тихонов/Tikhonov
      Ильин/Ilyin Фомин/Fomin Крылов/Krylov Макаров/Makarov Гусев/Gusev
      Жуковский/Zhukovsky Вишневский/Vishnevsky Рыбаков/Rybakov Щербаков/Shcherbakov`),
    feminine: russianFeminine,
  },
  ukrainian: {
    script: 'Cyrillic',
    language: 'uk',
    female: paired(`Олена/Olena Оксана/Oksana Ірина/Iryna Наталія/Nataliia Юлія/Yuliia
      Катерина/Kateryna Марія/Mariia Ганна/Hanna Софія/Sofiia Тетяна/Tetiana
      Людмила/Liudmyla Вікторія/Viktoriia Дарина/Daryna Соломія/Solomiia`),
    male: paired(`Олександр/Oleksandr Андрій/Andrii Михайло/Mykhailo Тарас/Taras Богдан/Bohdan
      Юрій/Yurii Дмитро/Dmytro Василь/Vasyl Остап/Ostap Максим/Maksym Іван/Ivan Петро/Petro
      Сергій/Serhii Назар/Nazar`),
    family: paired(`Петренко/Petrenko Коваленко/Kovalenko Шевчук/Shevchuk Бондаренко/Bondarenko
      Ткаченко/Tkachenko Мельник/Melnyk Бойко/Boiko Савчук/Savchuk Лисенко/Lysenko
      Гнатюк/Hnatiuk Мороз/Moroz Поліщук/Polishchuk Руденко/Rudenko Яковенко/Yakovenko
      Онищенко/Onyshchenko Коваль/Koval Левченко/Levchenko Марченко/Marchenko
      Ковальський/Kovalskyi Гребенюк/Hrebeniuk Дорошенко/Doroshenko`),
    feminine: ukrainianFeminine,
  },
  hebrew: {
    script: 'Hebrew',
    language: 'he',
    female: paired(`נועה/Noa מיכל/Michal תמר/Tamar יעל/Yael שירה/Shira רותם/Rotem אורית/Orit
      הילה/Hila דנה/Dana ענבל/Inbal אביגיל/Avigail רחל/Rachel`),
    male: paired(`יונתן/Yonatan איתי/Itai עומר/Omer דניאל/Daniel אבי/Avi יוסי/Yossi אריאל/Ariel
      עידו/Ido גיל/Gil נדב/Nadav אורי/Uri עמית/Amit`),
    family: paired(`כהן/Cohen לוי/Levi מזרחי/Mizrahi פרץ/Peretz ביטון/Biton אברהם/Avraham
      פרידמן/Friedman שפירא/Shapira גולן/Golan בן_דוד/Ben_David אזולאי/Azoulay רוזן/Rosen
      קפלן/Kaplan שלום/Shalom אלון/Alon`),
  },
  arabic: {
    script: 'Arabic',
    language: 'ar',
    female: paired(`ليلى/Layla نور/Nour رنا/Rana سلمى/Salma ياسمين/Yasmin هبة/Hiba ريم/Reem
      دينا/Dina منى/Mona سماح/Samah فاطمة/Fatima عبير/Abeer`),
    male: paired(`محمد/Mohammad أحمد/Ahmad خالد/Khaled سامي/Sami يوسف/Yousef عمر/Omar رامي/Rami
      طارق/Tareq باسل/Basel إبراهيم/Ibrahim مازن/Mazen فادي/Fadi`),
    family: paired(`الخطيب/Al-Khatib حداد/Haddad ناصر/Nasser منصور/Mansour عودة/Odeh صالح/Saleh
      حمدان/Hamdan قاسم/Qasem عيسى/Issa يعقوب/Yacoub شحادة/Shehadeh جبر/Jaber سعادة/Saadeh
      عبد_الله/Abdallah`),
  },
  chinese: {
    script: 'Han',
    language: 'zh',
    familyFirst: true,
    female: paired(`晓梅/Xiaomei 静怡/Jingyi 雪/Xue 婷/Ting 芳/Fang 慧敏/Huimin 佳琪/Jiaqi
      雨桐/Yutong 思雨/Siyu 海燕/Haiyan 丽娟/Lijuan 春华/Chunhua`),
    male: paired(`伟/Wei 强/Qiang 磊/Lei 俊杰/Junjie 浩然/Haoran 志明/Zhiming 建国/Jianguo
      文博/Wenbo 宇航/Yuhang 子轩/Zixuan 明/Ming 涛/Tao`),
    family: paired(`王/Wang 李/Li 张/Zhang 刘/Liu 陈/Chen 杨/Yang 黄/Huang 赵/Zhao 吴/Wu 周/Zhou
      徐/Xu 孙/Sun 马/Ma 朱/Zhu 胡/Hu 林/Lin`),
  },
  georgian: {
    script: 'Georgian',
    language: 'ka',
    female: paired(`ნინო/Nino თამარ/Tamar ანა/Ana მარიამ/Mariam ეკატერინე/Ekaterine
      ნათია/Natia სალომე/Salome`),
    male: paired(`გიორგი/Giorgi დავით/Davit ლევან/Levan ირაკლი/Irakli ნიკოლოზ/Nikoloz
      ლაშა/Lasha ზურაბ/Zurab`),
    family: paired(`ბერიძე/Beridze კაპანაძე/Kapanadze გელაშვილი/Gelashvili მაისურაძე/Maisuradze
      ლომიძე/Lomidze ხარაიშვილი/Kharaishvili ნოზაძე/Nozadze`),
  },
  armenian: {
    script: 'Armenian',
    language: 'hy',
    female: paired('Անի/Ani Լիլիթ/Lilit Գոհար/Gohar Աննա/Anna Մարիամ/Mariam Նունե/Nune'),
    male: paired('Արմեն/Armen Նարեկ/Narek Տիգրան/Tigran Դավիթ/Davit Հայկ/Hayk Արամ/Aram'),
    family: paired(`Սարգսյան/Sargsyan Հովհաննիսյան/Hovhannisyan Գրիգորյան/Grigoryan
      Պետրոսյան/Petrosyan Խաչատրյան/Khachatryan Մկրտչյան/Mkrtchyan Ավետիսյան/Avetisyan
      Կարապետյան/Karapetyan`),
  },
} satisfies Record<string, Culture>;

export type CultureKey = keyof typeof cultures;

/** Words for pseudonyms of protected people: neutral, easy to say, tied to no place. */
export const pseudonymWords = {
  first: paired(`Amber Quiet Silver Northern Early Patient Bright Steady Distant Gentle Swift
    Hidden Clear Winter Morning Evening Open Careful Green Blue Grey Golden Calm Brave`),
  second: paired(`Heron Juniper Willow Harbor Kestrel Maple Lantern Meadow River Cedar Falcon
    Linden Pebble Comet Orchard Tern Birch Reed Aspen Ridge Plover Wren Larch Crane`),
};
