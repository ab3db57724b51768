// Fields of expertise in the network, with the words the bio templates need for each.

export interface Field {
  /** What a person in this field is called, after "a" or "an". */
  practitioner: string;
  /** Things such a person might work on, to follow "working on". */
  topics: readonly string[];
}

export const fields = {
  'marine biology': {
    practitioner: 'marine biologist',
    topics: [
      'krill and the Southern Ocean food web',
      'seabird colonies of the Barents Sea',
      'fish stocks in a warming North Pacific',
      'protected areas around Antarctica',
      'plankton as a record of ocean change',
    ],
  },
  'nuclear policy': {
    practitioner: 'nuclear policy analyst',
    topics: [
      'arms control verification',
      'the safety of nuclear power plants in war zones',
      'crisis communication between nuclear powers',
      'the history of test-ban talks',
    ],
  },
  journalism: {
    practitioner: 'journalist',
    topics: [
      'reporting from front-line towns',
      'independent media in exile',
      'fact-checking across languages',
      'local newsrooms and their readers',
      'the safety of reporters',
    ],
  },
  literature: {
    practitioner: 'writer',
    topics: [
      'novels about displacement',
      'short fiction in translation',
      'poetry of the border regions',
      'memoirs of the late Soviet years',
      "children's books about living with difference",
    ],
  },
  psychology: {
    practitioner: 'psychologist',
    topics: [
      'trauma care for displaced families',
      'how groups in conflict see each other',
      'resilience among young people',
      'dialogue facilitation',
    ],
  },
  'space science': {
    practitioner: 'space scientist',
    topics: [
      'Earth observation of polar ice',
      'cooperation on crewed missions',
      'small satellites built by students',
      'the history of joint space flights',
    ],
  },
  'public health': {
    practitioner: 'public health researcher',
    topics: [
      'health care under bombardment',
      'vaccination in hard-to-reach places',
      'mental health services after disasters',
      'medical supply lines across borders',
    ],
  },
  climate: {
    practitioner: 'climate scientist',
    topics: [
      'permafrost thaw',
      'drought and water sharing',
      'adaptation plans for coastal cities',
      'sea ice and the Arctic summer',
    ],
  },
  'cyber security': {
    practitioner: 'cyber security specialist',
    topics: [
      'attacks on power grids',
      'how a cyber incident could escalate into a nuclear crisis',
      'protecting activists from surveillance',
      'norms for state behaviour online',
    ],
  },
  peacebuilding: {
    practitioner: 'peacebuilder',
    topics: [
      'joint projects of bereaved families',
      'meetings between former fighters',
      "women's leadership in peace processes",
      'grassroots cooperation between neighbouring towns',
    ],
  },
  'conflict resolution': {
    practitioner: 'mediator',
    topics: [
      'back-channel talks',
      'negotiation training for young diplomats',
      'prisoner exchanges and humanitarian pauses',
      'frozen conflicts of the Caucasus',
    ],
  },
  history: {
    practitioner: 'historian',
    topics: [
      'Cold War citizen exchanges',
      'oral histories of divided families',
      'archives of the late Soviet period',
      'memory politics in Eastern Europe',
    ],
  },
  arts: {
    practitioner: 'artist',
    topics: [
      'theatre made by Israelis and Palestinians together',
      'documentary film',
      'music as a shared language',
      'exhibitions about everyday life in wartime',
    ],
  },
  translation: {
    practitioner: 'translator',
    topics: [
      'literary translation between Russian, Ukrainian and English',
      'interpreting at sensitive negotiations',
      'Hebrew and Arabic poetry in English',
    ],
  },
} satisfies Record<string, Field>;

export type FieldName = keyof typeof fields;
export const fieldNames = Object.keys(fields) as FieldName[];
