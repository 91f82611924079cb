import { cleanInline } from './sanitize.js';
import { ENGLISH_WORDS } from './words/index.js';
import type { GenericMedium, ReportWords } from './words/index.js';

/** A brand keeps its name in every language; the others are named in the reader's. */
type Medium = { brand: string } | { generic: GenericMedium };

/** How people name the places meetings happen; keys are compared without case, spaces or punctuation. */
const MEDIUMS: ReadonlyMap<string, Medium> = /* @__PURE__ */ new Map(
  Object.entries({
    zoom: { brand: 'Zoom' },
    teams: { brand: 'Microsoft Teams' },
    msteams: { brand: 'Microsoft Teams' },
    microsoftteams: { brand: 'Microsoft Teams' },
    meet: { brand: 'Google Meet' },
    googlemeet: { brand: 'Google Meet' },
    hangouts: { brand: 'Google Meet' },
    phone: { generic: 'phone' },
    call: { generic: 'phone' },
    webex: { brand: 'Webex' },
    slack: { generic: 'slackHuddle' },
    slackhuddle: { generic: 'slackHuddle' },
    inperson: { generic: 'inPerson' },
    skype: { brand: 'Skype' },
    gotomeeting: { brand: 'GoTo Meeting' },
    ringcentral: { brand: 'RingCentral' },
    upload: { generic: 'upload' },
  } satisfies Record<string, Medium>),
);

/** The medium as a person says it: 'teams' → 'Microsoft Teams', 'phone' → 'Telefon' in German; unknown values come back as given. */
export function mediumLabel(medium: unknown, words: ReportWords = ENGLISH_WORDS): string {
  const given = cleanInline(medium);
  const known = MEDIUMS.get(given.toLowerCase().replace(/[^a-z]/g, ''));
  if (!known) return given;
  return 'brand' in known ? known.brand : words.mediums[known.generic];
}
