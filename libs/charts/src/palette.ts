/**
 * One colour per offence category, the same in every chart and on every page, so a reader
 * learns "vold is red" once. The categories seen most get the Okabe-Ito colours (told apart
 * with the common colour-vision deficiencies); lines also differ by dash pattern.
 */
const CATEGORY_COLOURS: Record<string, string> = {
  theft: '#0072B2',
  violence: '#D55E00',
  vandalism: '#009E73',
  drugs: '#CC79A7',
  burglary: '#E69F00',
  threats: '#56B4E9',
  weapons: '#882255',
  traffic: '#555555',
  'public-order': '#999933',
  robbery: '#AA4499',
  fraud: '#44AA99',
  receiving: '#117733',
  arson: '#C9A227',
  sexual: '#661100',
  other: '#9E9E9E',
};

/** Ids the palette does not know (a category the municipality added) get a stable colour from their name. */
const SPARE = ['#332288', '#6699CC', '#AA7744', '#4B0082', '#2F4F4F'];

export function categoryColour(id: string): string {
  const known = CATEGORY_COLOURS[id];
  if (known) return known;
  const hash = [...id].reduce((sum, character) => (sum * 31 + character.charCodeAt(0)) >>> 0, 7);
  return SPARE[hash % SPARE.length];
}

/** Intervention status: agreed (blue), completed (green), overdue (vermillion: the one to act on). */
export const INTERVENTION_COLOURS: Record<string, string> = {
  started: '#0072B2',
  completed: '#009E73',
  overdue: '#D55E00',
};

export const AREA_COLOUR = '#1F5F7A';
export const MEETING_COLOUR = '#56B4E9';
export const ALERT_COLOUR = '#E69F00';
