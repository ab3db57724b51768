// Where the demo gatherings meet, and the one country advisory that concerns a gathering still
// to come. The Highway 1 notice of the site demo is tied to the Esalen venue by the generator.
import type { AdvisorySeed, VenueSeed } from './seeds.ts';

export const venueSeeds: readonly VenueSeed[] = [
  {
    key: 'esalen',
    name: 'Esalen Institute',
    address: '55000 Highway 1, Big Sur, California 93920, United States',
    country: 'US',
    travelNotes:
      'Big Sur is reached only by Highway 1, a cliff road that landslides close for days or ' +
      'months at a time. Check the state road conditions before leaving, and come from the ' +
      'north (Monterey, about an hour) when the road is shut to the south. San Francisco and ' +
      'San José are the nearest large airports; staff arrange shared cars from Monterey. ' +
      'There is little phone signal on the coast.',
  },
  {
    key: 'bergen',
    name: 'Harbour Hall (invented for the demo)',
    address: 'Bryggen, Bergen, Norway',
    country: 'NO',
    travelNotes:
      'Flights arrive at Bergen Flesland; the light rail takes about 45 minutes to the centre. ' +
      'Norway is in the Schengen area: participants who need a visa apply to the Norwegian ' +
      'embassy well ahead, with our letter.',
  },
  {
    key: 'berlin',
    name: 'Spree Conference House (invented for the demo)',
    address: 'Friedrichshain, Berlin, Germany',
    country: 'DE',
    travelNotes:
      'From Berlin Brandenburg airport, the airport express reaches the city in half an hour. ' +
      'Quiet rooms are set aside for those who want a break from the sessions.',
  },
  {
    key: 'helsinki',
    name: 'Baltic Shore Centre (invented for the demo)',
    address: 'Katajanokka, Helsinki, Finland',
    country: 'FI',
    travelNotes:
      'Helsinki-Vantaa airport is 30 minutes away by train. The land crossings between Finland ' +
      'and Russia are closed: participants from Russia travel through a third country, which ' +
      'takes a day longer.',
  },
];

export const advisorySeeds: readonly AdvisorySeed[] = [
  {
    // Starts after load time, so that the site still has exactly one notice in force.
    severity: 'warning',
    country: 'FI',
    startsInDays: 20,
    endsInDays: 120,
    texts: {
      en: {
        message:
          'Finland keeps its land border with Russia closed. Participants travelling from Russia should plan a route through a third country and allow an extra day.',
        linkLabel: '',
      },
      ru: {
        message:
          'Финляндия держит сухопутную границу с Россией закрытой. Участникам из России стоит планировать маршрут через третью страну и заложить лишний день.',
        linkLabel: '',
      },
      uk: {
        message:
          'Фінляндія тримає сухопутний кордон із Росією закритим. Учасникам із Росії варто планувати маршрут через третю країну й закласти додатковий день.',
        linkLabel: '',
      },
    },
  },
];
