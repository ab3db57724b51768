// Partner organizations: real organizations named in shared/DOMAIN.md, described in our own
// words. A website is given only where we are sure of the address.
import type { PartnerSeed } from './seeds.ts';

export const partnerSeeds: readonly PartnerSeed[] = [
  {
    name: 'Esalen Institute',
    website: 'https://www.esalen.org/',
    description:
      'A retreat and education center on the Big Sur coast of California, where our work began in 1980 and where many of our gatherings still take place.',
    programs: ['soviet-american-exchange', 'history-project', 'one-network'],
  },
  {
    name: 'Association of Space Explorers',
    website: 'https://www.space-explorers.org/',
    description:
      'The professional association of people who have flown in space, founded in 1985 after talks between cosmonauts and astronauts that began in 1982.',
    programs: ['soviet-american-exchange'],
  },
  {
    name: 'The Parents Circle',
    website: 'https://www.theparentscircle.org/',
    description:
      'Israeli and Palestinian families who have lost close relatives to the conflict and work together for reconciliation, dialogue and an end to the bloodshed.',
    programs: ['international-abrahamic-network'],
  },
  {
    name: 'Combatants for Peace',
    website: 'https://cfpeace.org/',
    description:
      'A joint movement of Israelis and Palestinians, many of them former fighters, who have put down their weapons and work together by nonviolent means.',
    programs: ['international-abrahamic-network'],
  },
  {
    name: 'Sulha',
    website: null,
    description:
      'A grassroots effort that brings Israelis and Palestinians together to listen to each other in circles and shared gatherings.',
    programs: ['international-abrahamic-network'],
  },
  {
    name: 'Women of the Sun',
    website: null,
    description:
      'A movement of Palestinian women working for nonviolence, for the voice of women in public life and for a negotiated peace.',
    programs: ['international-abrahamic-network'],
  },
];
