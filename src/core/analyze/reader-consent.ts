// The reader's consent after "with" or "without", in the forms stance.ts's OPT_IN reads ("without your prior consent",
// "without Customer's written approval", "without the consent of the individual concerned"). actor.ts reads a ban
// "… is prohibited without" one of these as the service's promise; the service's own leave ("without our written
// permission") is none of them.
import { READER_ROLES } from './lexicon';
import { wordsPattern } from './word-pattern';

const ROLES = wordsPattern(READER_ROLES);

/** Lower-case source, no flags: "with(out) <the reader's> (prior|written …) consent" and its variants. */
export const WITH_READERS_CONSENT = [
  String.raw`with(?:out)?\s+(?:your|(?:the\s+)?${ROLES}['’]s|their|${ROLES}s['’]?)\s+(?:prior\s+|express\s+|explicit\s+|affirmative\s+|specific\s+|written\s+)*(?:consent|permission|authori[sz]ation|agreement|approval|instructions?|opt[\s-]?in)`,
  String.raw`without\s+(?:first\s+)?(?:obtaining|getting|asking\s+for|seeking|receiving|having)\s+(?:your|(?:the\s+)?${ROLES}['’]s|their)\s+(?:(?:prior|express|explicit|written)\s+)*(?:consent|permission|approval|authori[sz]ation)`,
  String.raw`with(?:out)?\s+the\s+(?:prior\s+|express\s+|explicit\s+|written\s+)*(?:consent|permission|approval)\s+of\s+(?:the\s+)?(?:${ROLES}s?|individuals?|data\s+subjects?|visitors?)\b`,
  String.raw`without\s+(?:first\s+)?asking\s+you\b`,
].join('|');
