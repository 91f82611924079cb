import { cleanInline } from './sanitize.js';

/** How people name the places meetings happen; keys are compared without case, spaces or punctuation. */
const MEDIUM_NAMES: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  Object.entries({
    zoom: 'Zoom',
    teams: 'Microsoft Teams',
    msteams: 'Microsoft Teams',
    microsoftteams: 'Microsoft Teams',
    meet: 'Google Meet',
    googlemeet: 'Google Meet',
    hangouts: 'Google Meet',
    phone: 'Phone',
    call: 'Phone',
    webex: 'Webex',
    slack: 'Slack huddle',
    slackhuddle: 'Slack huddle',
    inperson: 'In person',
    skype: 'Skype',
    gotomeeting: 'GoTo Meeting',
    ringcentral: 'RingCentral',
    upload: 'Uploaded recording',
  }),
);

/** The medium as a person says it: 'teams' → 'Microsoft Teams'; unknown values come back as given. */
export function mediumLabel(medium: unknown): string {
  const given = cleanInline(medium);
  const key = given.toLowerCase().replace(/[^a-z]/g, '');
  return MEDIUM_NAMES.get(key) ?? given;
}
