// ai_training: the company may use user data or content to train, tune, develop or improve AI / ML models.
import { unitWords, type CategoryRules } from '../rule';
import { alt, anyOf, gap, run, words, wordSeq, type Part } from '../word-gap';
import {
  CONTROL_NOUNS,
  DATA_DUTY_TOPICS,
  DATA_USE_VERBS,
  FINE_TUNED_THINGS,
  LEARN_GAP_WORDS,
  LEGAL_BASIS_OTHER_AIMS,
  LEGAL_BASIS_PHRASES,
  LEXICON_LISTS,
  MODEL_RUN_TARGETS,
  OPTIMIZE_VERBS,
  ADVANCE_VERBS,
  DERIVED_DATA_ADJECTIVES,
  MODEL_MAKING_GERUNDS,
  PARTIES_WORKS,
  TEACH_VERBS,
  OTHER_COMPANY_KINDS,
  OTHER_OFFER_KINDS,
  READER_ROLES,
  SYSTEM_NOUNS,
  TAUGHT_PEOPLE,
  TRAINED_PEOPLE,
  USER_ALIASES,
  USER_PARTIES,
} from '../lexicon';
import { readerAsYou } from '../reader-as-you';
import { wordsPattern } from '../word-pattern';

/** People trained, soon after "training": "for training our customer service representatives" (TRAINED_PEOPLE). */
const PEOPLE_AFTER = RegExp(String.raw`^[^.;]{0,40}\b(?:quality|${wordsPattern(TRAINED_PEOPLE)})\b`);
/** People trained, right after the verb the evidence opens with: "train our customer support staff on using AI tools". */
const TRAINS_PEOPLE = RegExp(
  String.raw`^\W*(?:re|pre|fine[\s-]?)?train\w*\s+(?:(?:our|its|the|their|your|all|new)\s+)?(?:[\w-]+\s+){0,2}?(?:${wordsPattern(TRAINED_PEOPLE)})\b`,
  'i',
);
/** People as the ones trained, right before the verb: "our support agents are trained to use AI". */
const PEOPLE_ARE_TRAINED = RegExp(
  String.raw`\b(?:${wordsPattern(TRAINED_PEOPLE)})\s+(?:are|is|were|will\s+be|get|gets|have\s+been|has\s+been|must\s+be|shall\s+be)\s+(?:[\w-]+ly\s+|also\s+)?$`,
);
/**
 * A course given or taken, right before "training": "employees receive regular training on …". Not the adjectives a
 * model's training takes too ("ongoing training on customer data").
 */
const COURSE_BEFORE =
  /\b(?:provides?|provided|receives?|received|offers?|offered|attends?|completes?|completed|undergoes?|undergo|gives?|mandatory|compliance)\s+(?:[\w-]+\s+)?$/;
/** A verb of DATA_USE_VERBS, for a cue. */
const USE_VERB = RegExp(String.raw`\b${wordsPattern(DATA_USE_VERBS)}\b`);
/** Data used for training people: call recordings, "quality and training purposes". */
const USED_FOR_CALLS = /\b(?:calls?|call\s+recordings?|quality)\b/i;
/** DATA_USE_VERBS in the active voice and in the past, for "use … as training data" and "… used as training data". */
const USE_ACTIVE = DATA_USE_VERBS.filter((w) => !w.endsWith('ed')).join('|');
const USE_PAST = DATA_USE_VERBS.filter((w) => w.endsWith('ed')).join('|');
const USED_FOR_PEOPLE_BEFORE = RegExp(String.raw`\b(?:calls?|quality|${wordsPattern(TRAINED_PEOPLE)})\b`);
/** The lexicon's model and field words (AiModel, AiField) as one alternation. */
const AI_MODEL_WORDS = wordsPattern([...(LEXICON_LISTS.AiModel ?? []), ...(LEXICON_LISTS.AiField ?? [])]);
/**
 * What is fine-tuned, named after "for fine-tuning" with a determiner, is no model: anything of the user's but a model
 * ("your training plan"), or one of the everyday things a service adjusts ("(and improving) our website layout",
 * FINE_TUNED_THINGS). Any other object of the service's may be a model or a product with one ("our Acme Assistant").
 */
const FINE_TUNED_NOT_MODEL = RegExp(
  String.raw`^\s*(?:and\s+\w+\s+)?(?:of\s+)?(?:(?:your|their)\s+(?![^.;,]{0,40}?\b(?:${AI_MODEL_WORDS})\b)|(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?${wordsPattern(FINE_TUNED_THINGS)}\b(?!(?:\s+[\w-]+)?\s+(?:${AI_MODEL_WORDS}|assistants?|agents?|chatbots?|bots?)\b))`,
);

/** The data by what it is. */
const USER_DATA_NOUNS =
  'personal|content|data|input|inputs|outputs?|information|communications?|conversations?|recordings?|messages?|prompts?|interactions?';
/** The user's parties in the plural possessive ("users’", "subscribers'"). */
const PARTIES_PLURALS = wordsPattern([...new Set([...USER_PARTIES, ...READER_ROLES])].map((w) => `${w}s`));
const PARTIES_POSSESSIVE = String.raw`${PARTIES_PLURALS}['’]\s+`;
/** A gap of whole words `[\w-]+` after a run of spaces: `\s+(?:[\w-]+\s+){0,max}?` (word-gap.ts words). */
const SPACED_WORD = { lead: true, word: String.raw`[\w-]` };
/**
 * What users make, after their possessive, as what is used or trained on ("use users’ music", "trained on users’
 * photos", "for users’ projects"): what a model is trained to do to it ("to scan users’ uploads") names no data, nor
 * does the contrast "trained on photos we license, not on users’ photos".
 */
const PARTIES_WORKS_USED = String.raw`(?<=\b(?:use|uses|using|used|for)\s+|(?<!\bnot\s+)\b(?:on|from)\s+)${PARTIES_POSSESSIVE}(?:[\w-]+\s+)?${wordsPattern(PARTIES_WORKS)}`;
/** A word of whose the data is or of what it is: "you", "your", "customer", "data", "messages". */
const USER_DATA_WORD = String.raw`\b(?:you|your|customer|user|member|${USER_DATA_NOUNS})\b`;
/** What the user's parties give, after their possessive and at most one word (PARTIES_DATA). */
const PARTIES_GIVE = String.raw`(?:${USER_DATA_NOUNS}|${wordsPattern([...(LEXICON_LISTS.UserData ?? []), ...(LEXICON_LISTS.AiInput ?? [])])})\b`;
/**
 * The user's parties in the plural possessive, then what they give ("users’ files", "subscribers' chats"): whose the
 * data is. Not the possessive alone: "our users' privacy", "customers' needs", "customers' questions" are no data. The
 * word between is stepped in code (word-gap.ts): with the parties' names in one regex around it, recheck judges it
 * polynomial.
 */
const PARTIES_DATA: Part[] = [String.raw`\b${PARTIES_PLURALS}['’]`, words(1, SPACED_WORD), PARTIES_GIVE];
/** Whose the data is or what it is. */
const USER_DATA = anyOf(new RegExp(USER_DATA_WORD), wordSeq(...PARTIES_DATA));
/** Users' works as used or trained on, read apart from USER_DATA (whose source other patterns embed). */
const USER_WORKS_USED = RegExp(String.raw`${PARTIES_WORKS_USED}\b`);
/**
 * "leverage X for training" with X no data: a verb other than "use" puts a tool or a party to work ("we leverage
 * third-party platforms for training"); with no object ("utilized for training") the data is the subject.
 */
function usesNoData(evidence: string): boolean {
  const words = evidence.toLowerCase().split(/\s+/);
  if (/^us/.test(words[0] ?? '')) return false;
  const object = words.slice(1, words.indexOf('for', 1) === -1 ? undefined : words.indexOf('for', 1)).join(' ');
  return object !== '' && !USER_DATA.test(object);
}

/** A heading about the user's data: "How do we use personal information?", "Your content and AI". */
const USER_DATA_HEADING =
  /\b(?:your|personal|user|customer)\s+(?:data|information|content|inputs?|prompts?|conversations?|chats?)\b/;

/**
 * A legal basis for processing personal data named (lexicon LEGAL_BASIS_PHRASES) for improving, developing or training:
 * the data is the user's ("our legitimate interest in improving our services"). Not a basis for other aims, however
 * phrased (LEGAL_BASIS_OTHER_AIMS: "… to improve the security of our services", "… to detect spam, based on our
 * legitimate interests").
 */
const LEGAL_BASIS = new RegExp(String.raw`\b${wordsPattern(LEGAL_BASIS_PHRASES)}\b`, 'g');
/** …and what the basis is for, in the words after it. */
const LEGAL_BASIS_AIM = /^(?:\s+[\w’'-]+){0,6}?\s+(?:in|to|for)\s+(?:[\w’'-]+\s+){0,2}?(?:improv|develop|train)/;
/** A legal basis for improving, developing or training (LEGAL_BASIS, LEGAL_BASIS_AIM), for no other aim. */
function basisForImproving(lower: string): boolean {
  if (LEGAL_BASIS_OTHER_AIM.test(lower)) return false;
  for (const m of lower.matchAll(LEGAL_BASIS))
    if (LEGAL_BASIS_AIM.test(lower.slice(m.index + m[0].length))) return true;
  return false;
}
const LEGAL_BASIS_OTHER_AIM = new RegExp(String.raw`\b${wordsPattern(LEGAL_BASIS_OTHER_AIMS)}`);

const AI = new RegExp(
  String.raw`\b(?:model|algorithm|ai|a\.i\.|intelligence|machine[\s-]learning|ml|llms?|neural|deep\s+learning|generative|genai|nlp|computer\s+vision|chatbot|${wordsPattern(LEXICON_LISTS.AiSkill ?? [])})`,
);
/** A field of AI named (lexicon AiField; a space there matches a hyphen too: "machine-learning"). */
const AI_FIELD = new RegExp(
  String.raw`\b${wordsPattern(LEXICON_LISTS.AiField ?? []).replace(/\\s\+/g, String.raw`[\s-]+`)}\b`,
);

/**
 * "… trained on licensed and publicly available datasets": training data that is not the user's. Still a hit when
 * user data follows too ("on public data and on content you upload"), unless that is negated ("not on your content").
 */
const NON_USER_SOURCE =
  /^\s*(?:[\w-]+\s+){0,3}?(?:on|using|with|from)\s+(?:only\s+|exclusively\s+)?(?:[\w-]+\s+)?(?:licensed|public|publicly|synthetic|open[\s-]source|purchased|commercially|third[\s-]party)\b(?![^;.]*\b(?<!\b(?:not|never)\s+(?:on\s+|from\s+|using\s+)?(?:the\s+|any\s+)?(?:[\w-]+\s+)?)(?:your|you|customer|user|users)\b)/;

/** Teaching about AI to people ("teaching AI models to your students"), after the match: no model is taught. */
const TAUGHT_PEOPLE_AFTER = RegExp(
  String.raw`^\s*to\s+(?:[\w-]+\s+){0,2}?(?:${wordsPattern([...TRAINED_PEOPLE, ...TAUGHT_PEOPLE])})\b`,
);
const NON_USER_OR_TAUGHT = RegExp(`${NON_USER_SOURCE.source}|${TAUGHT_PEOPLE_AFTER.source}`);

/**
 * Words by which AI is applied: "using machine learning", "utilizing AI", "with agentic AI", "powered by AI". Not the
 * past forms: "collected for research purposes and used for machine learning" is data put to the AI's use.
 */
const APPLIED_BY = new Set([
  ...DATA_USE_VERBS.filter((w) => !w.endsWith('ed')),
  'with',
  'via',
  'through',
  'by',
  'powered',
]);
/** Evidence that ends in AI applied to something ("analytics … using machine learning"): its last words, read in code. */
const APPLYING_AI = {
  test: (evidence: string): boolean =>
    evidence
      .toLowerCase()
      .split(' ')
      .slice(-5, -1)
      .some((w) => APPLIED_BY.has(w)),
};

/**
 * The clause points at where the use is described ("These are the terms that apply to AI features, including how your
 * data may be used for development of AI models"; "This notice explains how we use …"; a sentence that opens "For
 * details about how we …, see …"): a pointer (GUIDE), the right is stated in the section it names. As data_sharing's
 * META reads "explains how we … share".
 */
/**
 * Who the data is of, or the data itself, after "how": the lexicon's users (not "you": "how you can …" instructs) and
 * user parties, its data nouns, and an AI input ("how prompts are used").
 */
const HOW_WHOSE_DATA = wordsPattern([
  ...(LEXICON_LISTS.UserSubject ?? []).filter((w) => w !== 'you'),
  ...USER_PARTIES.flatMap((w) => [w, `${w}s`]),
  ...(LEXICON_LISTS.UserData ?? []),
  'prompt',
  'prompts',
]);
/** How data is made less personal, before its noun (the lexicon's, "de-identified" with or without its hyphen). */
const DEIDENTIFIED = wordsPattern(
  DERIVED_DATA_ADJECTIVES.flatMap((w) => (w.startsWith('deidentif') ? [w, `de-${w.slice(2)}`] : [w])),
);
const DEIDENTIFIED_PREFIX = String.raw`${DEIDENTIFIED}\s+(?:(?:and|or)\s+${DEIDENTIFIED}\s+)?`;
/**
 * Such data in a pointer only where the "how" is about its use ("how aggregated or de-identified data may be used for
 * …", G6): "how de-identified data is protected" or "… is created" points elsewhere than the use the unit states, so
 * such a "how" is hidden from the pointer tests (DESCRIBES_HOW) up to the end of its clause.
 */
const HOW_DEIDENTIFIED = RegExp(String.raw`\bhow(?=\s+${DEIDENTIFIED_PREFIX})`, 'g');
const USE_IN_CLAUSE = /\b(?:used?|uses|using|train\w*|improv\w*|develop\w*)\b/;
const hideHowNotUse = (lower: string): string =>
  lower.replace(HOW_DEIDENTIFIED, (how: string, at: number) => {
    const rest = lower.slice(at + how.length);
    const end = rest.search(/[.;:!?,]/);
    return USE_IN_CLAUSE.test(end < 0 ? rest : rest.slice(0, end)) ? how : 'h_w';
  });
/**
 * The service, or the data or whose it is, named any way after "how": "how User Content may be used", "how data about
 * you is used". Not a name ("how Acme protects …" describes the document, and "how to …" instructs).
 */
const HOW_DATA_USED = String.raw`how\s+(?:${DEIDENTIFIED_PREFIX})?(?:your|we|our|the|personal|${HOW_WHOSE_DATA})\b`;
/**
 * The reader told, opening the unit, to find out how: "Learn how we use your data …", "You can find out how …". Not
 * "… learn how" after another subject ("our models learn how you type": the models learn), nor a pointer after the
 * unit has stated the use ("We train our models on your chats; learn how we protect them …" states the right).
 */
const READER_FINDS_OUT = String.raw`(?<=^[^a-z]{0,3})(?:you\s+(?:can|may)\s+)?(?:learn|find\s+out|discover|see|read\s+about)(?=\s+how\b)`;
const NAMES_WHERE_DESCRIBED = wordSeq(
  // Not "For more information about …" opening a sentence: OPENS_FOR_DETAILS reads that.
  String.raw`\b(?:explains?|describes?|outlines?|sets?\s+out|terms\s+that\s+apply\s+to|learn\s+more\s+about|read\s+more\s+about|(?<!(?:^|[.;:!?]\s{1,3})for\s+)more\s+(?:information|details)\s+(?:on|about))|${READER_FINDS_OUT}`,
  words(12, { lead: true, sep: String.raw`[\s,]` }),
  HOW_DATA_USED,
);
/**
 * A sentence that opens "For (more) details about how we …" and goes on to point at a place ("…, see our AI Notice",
 * "…, please refer to Section 5", "… click here"). What follows may instead state the use ("For information about how
 * we train our models, we use your conversations"): the same unit states the right, no pointer (GUIDE).
 */
const OPENS_FOR_DETAILS = wordSeq(
  String.raw`(?<=^|[.;:!?]\s{1,3})for\s+(?:more\s+|further\s+)?(?:information|details)\s+(?:on|about)`,
  words(12, { lead: true, sep: String.raw`[\s,]` }),
  HOW_DATA_USED,
  run(160, '[^.;!?]'),
  String.raw`(?:[,:]\s*(?:please\s+|kindly\s+|you\s+(?:can|may|should)\s+)?|\s+please\s+|\s+(?=(?:see|click)\b))(?:see|refer|visit|read|review|contact|check|consult|go\s+to|click|view)\b`,
);
const DESCRIBES_HOW = {
  test: (text: string): boolean => {
    const lower = hideHowNotUse(text);
    return NAMES_WHERE_DESCRIBED.test(lower) || OPENS_FOR_DETAILS.test(lower);
  },
};
/** What follows a colon when it points on: "…: see our AI Notice", "…: click here", "…: visit Section 5". */
const POINTS_ON =
  /^\W*(?:please\s+)?(?:(?:see|refer\s+to|visit|read|review|check|consult|view|go\s+to)\s+(?:our|the|this|section|here|below|above)\b|click|contact\s+us|https?:|www\.)/;
/** A clause with the service as its subject: a list of topics or titles after the colon states nothing. */
const SERVICE_CLAUSE = /\b(?:we|acme)\s+(?:[a-z]+\s+){0,2}?(?:use|train|may|will|process|share|collect|rely)/;
/** A question, a path or list of titles ("Help Center > Privacy", "Training our AI models; Your privacy controls"). */
const NOT_A_STATEMENT = /\?\s*$|[;>]|\b(?:faqs?|articles?|help\s+cent(?:er|re)|notices?|pages?|guides?)\b/;
/** A before-part that itself points to a place ("visit our Help Center", "in these articles"). */
const POINTS_SOMEWHERE =
  /\b(?:visit|see|in\s+(?:these|this|our|the\s+following)\s+(?:articles?|pages?|sections?|faqs?))\b/;
/**
 * A pointer that is only the lead of the unit's own statement ("Learn how we use your data: we use your chats to train
 * our models"): the unit states the use after the colon (GUIDE: a pointer that also states the right is no pointer).
 * The part after the colon must name AI, point nowhere and describe nothing itself.
 */
const POINTER_LEADS_STATEMENT = {
  test: (lower: string): boolean => {
    const colon = lower.indexOf(':');
    if (colon < 0) return false;
    const after = lower.slice(colon + 1);
    const before = lower.slice(0, colon);
    return (
      DESCRIBES_HOW.test(before) &&
      !POINTS_SOMEWHERE.test(before) &&
      SERVICE_CLAUSE.test(after) &&
      (AI.test(after) || /\btrain/.test(after)) &&
      !POINTS_ON.test(after) &&
      !NOT_A_STATEMENT.test(after) &&
      !DESCRIBES_HOW.test(after)
    );
  },
};
/**
 * After "the model's training": "data" makes it the data a model learnt from, named in an explanation ("output may
 * resemble content in the model's training data"), not a use of the user's data. Joined to NON_USER_SOURCE.
 */
const NOT_USER_TRAINING = new RegExp(
  String.raw`${NON_USER_SOURCE.source}|^\s*(?:data|datasets?|sets?|corpus|corpora)\b`,
);

/**
 * AI applied to the user's content, at the end of an improve phrase: "enhance content based on Your Content, including
 * with the use of AI Technology" makes something with AI, it trains nothing. "including through machine learning"
 * (the data improves the product by way of learning) stays a hit.
 */
const WITH_AI_APPLIED = RegExp(
  String.raw`\b(?:with\s+the\s+(?:use|help|aid)\s+of|${wordsPattern(DATA_USE_VERBS.filter((w) => w.endsWith('ing')))}|by\s+means\s+of|powered\s+by)\s+(?:[\w-]+\s+){0,2}?(?:ai|a\.i\.|artificial|machine|ml|generative|genai|algorithm)[\w-]*(?:\s+[\w-]+)?[^\w-]*$`,
  'i',
);

/** A verb of making a model better with the model as its object (OPTIMIZE_VERBS): "optimize our AI models". */
const OPTIMIZE = `(${OPTIMIZE_VERBS.join('|')})`;
/** Advancing, with an AI word as its object (ADVANCE_VERBS): "advance our models of care" is no AI. */
const ADVANCE = `(${ADVANCE_VERBS.join('|')})`;
/** A second verb sharing the first's model ("develop and optimize …"), the model right after it. */
const SECOND_VERB = `(${[...OPTIMIZE_VERBS, ...ADVANCE_VERBS, ...TEACH_VERBS].join('|')})`;
const TEACH = `(${TEACH_VERBS.join('|')})`;
/** "advance our models" or "advance our algorithms" alone ("advance our models of care"): no AI word is advanced. */
const ADVANCE_BARE_MODEL = RegExp(
  String.raw`\b${wordsPattern(ADVANCE_VERBS)}\s+(?:(?:our|the|its|their|any)\s+)?(?:models?|algorithms?)$`,
  'i',
);
/**
 * Two verbs, then AI as the means before the AI word ("build and optimize ad campaigns with AI", "advance our mission
 * through AI", "optimize delivery routes by AI"): AI applied to something else, no model made.
 */
const SECOND_VERB_AI_APPLIED = RegExp(
  String.raw`^[\w-]+\s+(?:and|or)\s+${wordsPattern([...OPTIMIZE_VERBS, ...ADVANCE_VERBS, ...TEACH_VERBS])}\s+(?:[\w'’-]+\s+){0,3}?(?:with|through|by|via|using)\b`,
  'i',
);
/** A model optimised to run somewhere ("optimizing our AI models for mobile devices"): fitted, not trained. */
const OPTIMIZE_FIRST = RegExp(String.raw`^${wordsPattern(OPTIMIZE_VERBS)}\b`);
const FOR_RUN_TARGET = RegExp(String.raw`^\s*(?:for|on)\s+(?:[\w-]+\s+){0,2}?${wordsPattern(MODEL_RUN_TARGETS)}\b`);
const OPTIMIZED_TO_RUN = {
  test: (_before: string, evidence: string, after: string): boolean =>
    OPTIMIZE_FIRST.test(evidence) && FOR_RUN_TARGET.test(after),
};
/** An improve verb, then a list whose last item is an AI field: "develop and improve research, products, services and machine learning technologies". */
const IMPROVE_LIST_THEN_AI = wordSeq(
  String.raw`\b(?:improv|develop|enhanc|refin)`,
  String.raw`[\w’'-]*`,
  gap(12),
  String.raw`(?:and|or)\s+(?:machine[\s-]learning|artificial|ai|ml|generative)\b`,
);

/**
 * A line that opens with a verb in the imperative, addressed to the reader: "Build and deploy AI agents that can
 * interact with onchain data" (a product's pitch in a menu). It names neither the service ("we", "our") nor anyone's
 * data ("your", "user", "customer", "personal"): the reader builds, no data of theirs is used.
 */
const IMPERATIVE_OPENER =
  /^\W*(?:build|develop|create|deploy|launch|design|ship|scale|automate|try|explore|discover|start|get|make)\s/;
/** The service, the user or a party standing for the user, or personal data: "we", "your", "customers", "personal". */
const NAMES_A_SIDE = new RegExp(
  String.raw`\b(?:${wordsPattern(LEXICON_LISTS.ServiceSubject!.filter((w) => w !== 'company'))}|our|ours|personal|${wordsPattern(USER_ALIASES)}|(?:${wordsPattern(USER_PARTIES)})s?)\b`,
);
/**
 * The AI made from data the service holds ("… using information collected through the Services", "with content
 * submitted by users"): a USER_DATA word after "using", "with", "from" or "based on", gathered from someone ("with
 * natural-language prompts" is the reader's tool, not anyone's data).
 */
const MADE_FROM_DATA = wordSeq(
  String.raw`\b(?:using|with|from|based\s+on)`,
  words(3, SPACED_WORD),
  alt([USER_DATA_WORD], PARTIES_DATA),
  words(2, SPACED_WORD),
  String.raw`(?:collected|gathered|obtained|received|submitted|provided|uploaded|shared|generated|entered)\s+(?:through|by|from|via|on|in|to)\b`,
);

/**
 * Data that is not the user's, named with no user's data beside it: "synthetic data", "publicly available data and
 * licensed content", "web content" as training data (NON_USER_SOURCE says the same after "trained on").
 */
const NOT_USERS_DATA =
  /^(?![^]*\b(?:you|your|yours|customers?|users?|members?)\b)[^]*\b(?:synthetic|public|publicly|licensed|open[\s-]source|purchased|web|third[\s-]party|scraped)\b/i;
/** Kinds of other company and of other offer (lexicon). */
const OTHER_KINDS = wordsPattern(OTHER_COMPANY_KINDS);
/** A model called a system (SYSTEM_NOUNS), as a pattern's alternation. */
const SYSTEMS = SYSTEM_NOUNS.join('|');
/** What an opt-out control is called (CONTROL_NOUNS), as a pattern's alternation. */
const OPT_OUT_CONTROLS = [...CONTROL_NOUNS.setting, ...CONTROL_NOUNS.optOut].join('|');
const OTHER_OFFERS = wordsPattern(OTHER_OFFER_KINDS);
/** After "some", not the kinds a service hires ("some service providers may use your data …" are its own). */
const SOME_OTHER_KINDS = wordsPattern(OTHER_COMPANY_KINDS.filter((w) => w !== 'providers' && w !== 'vendors'));
/**
 * Others' practice, right before the verb: "Some providers use …", "Unlike other providers who train on …". Not "some
 * of our providers" or "certain providers": those are the service's.
 */
const OTHERS_PRACTICE = new RegExp(
  String.raw`\b(?:(?:some|other|many|most)\s+(?!of\s+(?:our|its|the)\b)(?:[\w-]+\s+){0,2}?|(?<!\b(?:our|its|their)\s)(?:ai|llm|model)\s+)(?:${OTHER_KINDS}|${OTHER_OFFERS})\s+(?:(?:who|that|which)\s+)?(?:often\s+|also\s+|may\s+|might\s+|routinely\s+)?$`,
);
/**
 * A unit whose subject is other companies ("Other providers use customer data to train their models", "Many AI
 * companies train on user data"): their practice, not the service's. Never "some of our …" or "most of the …", and
 * "some" not with the service's own kinds ("some services", "some service providers").
 */
const OTHERS_SUBJECT = new RegExp(
  String.raw`^\W*(?:(?:other|many|most)\s+(?!of\b)(?:[\w-]+\s+){0,2}?(?:${OTHER_KINDS}|${OTHER_OFFERS})|some\s+(?!of\b)(?:[\w-]+\s+){0,2}?${SOME_OTHER_KINDS})\b`,
);
/** The service named in the unit: "we", "our", "the Company", "the Service" (its name is read from the document's first party). */
const NAMES_SERVICE = /\b(?:we|us|our|ours|the\s+(?:company|services?|platform|app|site|website))\b/;

/**
 * The service's possessive where patterns read "our": the first party by name ("Acme's models") or "the Company's",
 * tagged per document (lexicon FirstPartyOwner). Any other possessive is not the service's: the reader's own models
 * ("the Customer's models", "your company's models") or another's.
 */
const FIRST_PARTY_OWNER = 'the? #FirstPartyOwner';
/**
 * A pattern with `<owner>` once as `owners` ("our", "its" …) and once as the service's possessive. Two patterns, not
 * one group: a compromise net skips a pattern when none of its group's words is in the clause, and a tag is no word.
 */
/**
 * The reader's possessive ("the Customer's", "your company's"), in the gap after "the" where a pattern reads the
 * owner: the reader's own system, not the service's.
 */
const READER_POSSESSIVE = new RegExp(
  String.raw`\b(?:(?:your|their)\s+[\w&.-]+|${wordsPattern(READER_ROLES.flatMap((w) => [w, `${w}s`]))})['’]s?(?=\s)`,
  'i',
);
const byOwner = (pattern: string, owners = '(our|its|the|their)'): string[] =>
  [owners, FIRST_PARTY_OWNER].map((owner) => pattern.replace('<owner>', owner));
/**
 * AI models named so that "model" or "algorithm" alone (a data model, a business model) is not one: an AI field before
 * the model word ("machine learning models"), a model's name of two words ("large language models"), or the plural
 * after "our", "its" or a name's possessive ("our models and algorithms"; a business model is singular).
 */
const AI_MODEL_BY_FIELD = '#AiField .{0,2} #AiModel';
const AI_MODEL_NAMED = '#AiModel #AiModel';
const AI_MODELS_OF_OURS = '<owner> !(business|data)? (models|algorithms)';
/** The model made, in the passive, from data: "… may be developed with your data", "… are refined using your interactions". */
const MADE_WITH_DATA = ' .{0,3} (developed|improved|enhanced|refined|built) (with|using|from|on) .{0,4} #UserMaterial';
/** What users do, informing or feeding the models: "user behavior … inform", "your usage data feeds into". */
const DATA_INFORMS =
  '(#UserData|behavior|behaviour|interactions|activity|activities|feedback|usage|signals) .{0,3} (inform|informs|informed|feed into|feeds into|fed into)';

export const aiTraining: CategoryRules = {
  category: 'ai_training',
  // The veto drops clauses without user data anyway; a clause with an AI word may find it in its headings.
  requires: [USER_DATA, AI],
  // Training on data that is not the user's (e.g. "public datasets") is outside this category. A sentence under "How
  // do we use personal information?" names the data in its heading: "we may train our AI models and algorithms".
  veto: (lower, ctx) =>
    DESCRIBES_HOW.test(lower) && !POINTER_LEADS_STATEMENT.test(lower)
      ? 'a pointer to where the use is described'
      : USER_DATA.test(lower) ||
          USER_WORKS_USED.test(lower) ||
          USER_DATA_HEADING.test(ctx.headings ?? '') ||
          basisForImproving(lower) ||
          // The reader's choice about training, by its role ("Users can opt out of model training"), is about the
          // reader's data as "you can opt out of model training" is.
          USER_DATA.test(readerAsYou(lower))
        ? null
        : 'no user data in clause',
  vetoes: [
    {
      id: 'ai_training.others-practice',
      when: (lower, ctx) => {
        const own = unitWords(lower, ctx);
        return (
          OTHERS_SUBJECT.test(own) &&
          !NAMES_SERVICE.test(own) &&
          !(ctx.firstParty ?? []).some((name) => own.includes(name.join(' ')))
        );
      },
      why: "A unit about what other companies do with their users' data names no right of the service (GUIDE: the service or a party it lets in).",
      mustVeto: [
        'Other providers use customer data to train their models.',
        'Many AI companies train their models on user data.',
        'Other AI providers may use your data to train their models, so read their terms.',
        'Most generative AI platforms use your conversations to improve their models.',
      ],
      mustNotVeto: [
        'Some of our providers may use your data to train their models.',
        'Some service providers may use your data to train their models.',
        'Some vendors that host the Service may use your prompts to improve their models.',
        'Most of the providers that process your data may use it to train their models.',
        'Other AI providers whose models power features of the Service may use your inputs to improve their models.',
        'Other providers use customer data to train their models, but we never use yours.',
        'Unlike other providers, Acme never trains on your data.',
        'Some Acme services may use your data to improve our models.',
        'Third-party AI providers may use your data to train their models.',
      ],
    },
    {
      id: 'ai_training.imperative-to-reader',
      // Not an item of a list under "How we use your information" (its heading names the data).
      when: (lower, ctx) =>
        IMPERATIVE_OPENER.test(lower) &&
        !NAMES_A_SIDE.test(lower) &&
        !MADE_FROM_DATA.test(lower) &&
        !USER_DATA_HEADING.test(ctx.headings ?? ''),
      why: 'A line that tells the reader to build or deploy AI, naming no data of theirs and no act of the service, is a pitch: no right over user data.',
      mustVeto: [
        'Build and deploy AI agents that can interact with onchain data and smart contracts.',
        'Create generative AI apps on top of structured data in minutes.',
        'Build AI agents with natural-language prompts in minutes.',
      ],
      mustNotVeto: [
        'Improve our AI models with the content you upload.',
        'Develop and improve machine learning models using customer data.',
        'Build and improve AI features with personal information collected through the Services.',
        'Develop and improve machine learning models using information collected through the Services.',
      ],
    },
  ],
  rules: [
    {
      id: 'ai_training.train-on-content',
      cue: [/\b(?:re|pre|fine[\s-]?)?(?:train|tun)/, AI],
      match: [
        '#TrainVerb .{0,10} #AiModel',
        '#TrainVerb .{0,6} #AiField',
        '#TrainVerb (our|the|its|their)? .{0,2} #AiSkill',
        '#AiField #TrainVerb',
        '#AiModel .{0,3} #TrainVerb',
        // Two fields before the models, the first far from the verb: "train … publicly available AI and machine learning models".
        '#TrainVerb .{0,10} #AiField (and|or) .{0,2} #AiModel',
        // A model trained is learnt, whatever it models: "train our pricing models on your purchase history" (lexicon
        // OtherModel keeps only "improve our pricing models" out).
        '#TrainVerb (our|the|its|their|new)? #OtherModel',
      ],
      rejectAfter: NOT_USER_TRAINING,
      rejectEvidence: TRAINS_PEOPLE,
      rejectBefore: PEOPLE_ARE_TRAINED,
      severity: 'high',
      why: 'Training or tuning models on user content or data is the core AI-training right.',
      mustMatch: [
        'We may use your content to train our machine learning models.',
        'Customer data may be used for the purposes of training and tuning of algorithms and models.',
        {
          text: 'Acme does not use any of your audio, video or chat content to train Acme or third-party artificial intelligence models.',
          stance: 'restrict',
        },
        {
          text: 'We will not use your files to train AI models without your consent.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'You can decide whether the photos you upload are used to train our machine learning models.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'We process your personal data where you have actively chosen to share it for AI model training.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'Your prompts are used to train our models unless you opt out in settings.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        // Long objects: the user's relative clause ("content you upload") is not the subject of "train".
        'We may use the content you upload, including your recordings and messages, to train our artificial intelligence and machine learning models.',
        'We may use the content you submit, together with other information we collect about how you use the Services, for the purpose of developing and training our AI technologies.',
        'The content you upload may be used by us and our service providers to train machine learning models used in our products.',
        'We train our models on publicly available data and on content you upload.',
        {
          text: 'Your data will not be used to train, enrich or otherwise contribute to external or publicly available AI models.',
          stance: 'restrict',
        },
        {
          text: 'Your data will not be used to train, enrich or otherwise contribute to external or publicly available AI and machine learning models.',
          stance: 'restrict',
        },
        {
          text: 'We will not use the content you upload, including your recordings and messages, to train our artificial intelligence models.',
          stance: 'restrict',
        },
        // "For information about how …" that goes on to state the use, not to point elsewhere.
        'For information about how we train our models, we use your conversations and feedback.',
        {
          text: 'For details on how we improve our AI, please note that we use your chats to train our models unless you opt out.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        'For more information about how we train our models, we use your conversations and feedback.',
        // The data named by whose it is: "subscribers’ files".
        { text: 'Acme will not use subscribers’ files to train models to generate music.', stance: 'restrict' },
        // The service restrains its providers, "fine-tuning" written in two words.
        {
          text: 'We restrict our AI service providers from fine tuning their models on your content.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'We provide training to our employees on data protection.',
        'Our AI assistant summarises your meeting and drafts follow-up emails.',
        'Our models are trained on licensed and publicly available datasets.',
        // Pointers to where the use is described.
        'For details about how we use your data to train our models, see our AI Notice.',
        'For information on how we use your prompts to train our models, see the AI Terms.',
        'For more details on how we use your data to train our models, including your chats, please refer to Section 5.',
        'For details about how we use your data to train our models click here.',
        'For more information about how we use your content to improve our models see our AI Notice.',
        'Our AI models are trained on licensed data, not on the content you upload.',
        'You may use the content you upload to train your own machine learning models.',
        'Our AI assistant summarises your meeting using the content you upload, including recordings.',
        'Output may contain material that resembles content in the model’s training data.',
        // People trained, with AI only the subject they learn.
        'We use your data to train our customer support staff on using AI tools.',
        'We may use your feedback to train our employees on machine learning features.',
        'Our support agents are trained to use AI responsibly with your information.',
        'Our employees are regularly trained on the use of AI tools with your data.',
      ],
    },
    {
      id: 'ai_training.ml-purpose',
      // The purpose words first: AI_FIELD's "a.i." lets every clause with a word starting with "a" past the cue scan.
      cue: [/\b(?:train|tun|test|develop|improv|enhanc|refin|build|research|analytics|purpose)/, AI_FIELD],
      match: [
        '#AiField .{0,3} (#TrainVerb|testing|development|improvement|improvements|enhancement|enhancements)',
        // A short gap: a longer one runs through a list of other service areas ("analytics, support ticketing,
        // credit card processing, AI and ML", what the providers do).
        '(development|analytics|research|purposes|purpose) .{0,4} #AiField',
        // A noun phrasing of the purpose: "for machine learning purposes".
        '(for|of) #AiField (purposes|purpose|uses)',
      ],
      // Applying AI is no training: "analytics … using machine learning", "research … faster with agentic AI".
      rejectEvidence: APPLYING_AI,
      severity: 'high',
      why: 'Listing machine learning or AI among the purposes for which user data may be used grants training rights in practice.',
      mustMatch: [
        'You grant us a licence to use Customer Content for the purpose of product development, marketing, analytics, machine learning, artificial intelligence, training, testing and improvement of the Services.',
        'We may use the information we collect for research and development, including machine learning.',
        'We may use pseudonymised usage data for machine learning purposes.',
        // Data put to the AI's use in a past form, not AI applied to the data.
        'Your data is collected for research purposes and used for machine learning.',
        'Your data is processed for analytics and utilized for machine learning.',
      ],
      mustNotMatch: [
        'For more information about artificial intelligence features, see our help centre.',
        'You may use the AI Companion to summarise meetings.',
        'We use your data to run fraud checks using machine learning.',
        'We may carry out analytics on your data utilizing machine learning.',
        'Complete your research faster with our AI assistant, grounded in your own data.',
        // The AI is the subject that improves something: applying AI, not training it.
        'These AI components are designed to enhance functionality and improve your experience with your data.',
        'Our business model depends on your subscription fees.',
        // "more" of anything but a model's skill: a price, a plan, a reach.
        'We use your feedback to make our subscription models more flexible.',
        'Based on your feedback we make our models more affordable.',
        'We use your feedback to make our AI more accessible.',
        'These providers offer services in hosting, analytics, support ticketing, credit card processing, AI and security.',
      ],
    },
    {
      id: 'ai_training.improve-automated-systems',
      cue: [
        /\b(?:automated|automation|algorithmic|predictive|recommendation|personali[sz]ation)\b/,
        /\b(?:improv|develop|enhanc|refin|build|teach)/,
      ],
      match: [
        '#ImproveVerb .{0,6} (automated|automation|algorithmic|predictive|recommendation|recommendations|personalization|personalisation) (systems|system|tools|features|engines|engine|technologies|technology|services)',
      ],
      weak: true,
      severity: 'low',
      why: 'Using user data to improve automated or recommendation systems often means model training without saying so; a weak signal.',
      mustMatch: ['We use your viewing history to improve our recommendation systems.'],
      mustNotMatch: ['We use your feedback to improve our customer support.', 'Automated systems send you reminders.'],
    },
    {
      id: 'ai_training.improve-models',
      cue: [AI, /\b(?:improv|develop|enhanc|refin|build|teach|optimi[sz]|advanc|help|mak(?:e|es|ing)\s)/],
      match: [
        '#ImproveVerb .{0,6} #AiModel',
        '#ImproveVerb (our|the|its|their|new|and)? .{0,3} #AiField',
        // Teaching a model is training it: "for the purpose of teaching large language models". The model right after
        // the verb, as "teaching materials about AI models" and "teaching assistants" teach people; a bare "models"
        // with its determiner, as "teaching models" alone are ways to teach ("evaluate teaching models").
        '(teaches|teaching) (our|the|its|their|any) #AiModel',
        '(teaches|teaching) #AiModel #AiModel',
        '(teaches|teaching) (our|the|its|their|any)? #AiField .{0,2} #AiModel',
        // The teaching as a noun ("through teaching of AI models"), or a bare "models" taught on the user's data
        // ("does not include teaching models on Customer Content").
        // A field alone is taught to people ("the teaching of artificial intelligence in schools"): the model named.
        '(teaching) of (our|the|its|their|any) #AiModel',
        '(teaching) of #AiModel #AiModel',
        '(teaching) of (our|the|its|their|any)? #AiField .{0,2} #AiModel',
        // Taught "on" the data only: "teaching models using your child's data" may be ways to teach chosen with it.
        `${TEACH} #AiModel on .{0,3} #UserMaterial`,
        // "any teaching and testing machine learning models": a second verb of a model's making between.
        `(teaches|teaching) (and|or) (${MODEL_MAKING_GERUNDS.join('|')}) (our|the|its|their|any)? #AiField .{0,2} #AiModel`,
        // Optimising a model is improving it, with the model as the object (OPTIMIZE_VERBS): "optimize our feed with
        // machine learning", "optimize our content for AI search engines" apply AI.
        `${OPTIMIZE} (our|the|its)? #AiModel`,
        `${OPTIMIZE} (our|the|its)? #AiField #AiModel`,
        // Advancing an AI word ("advance our AI models"); a bare "models" after it is not one (ADVANCE_BARE_MODEL).
        `${ADVANCE} (our|the|its)? (#AiField|#AiModel)`,
        // Two verbs sharing the object: "develop and optimize Acme and affiliate machine-learning technologies",
        // "developing or teaching any commercially available AI model". Not AI as the means in the gap
        // (SECOND_VERB_AI_APPLIED): "build and optimize ad campaigns with AI".
        `#ImproveVerb (and|or) ${SECOND_VERB} .{0,3} (#AiField|#AiModel)`,
        // "improving Acme's Services, which include artificial intelligence": the owner is one more word.
        `#ImproveVerb ${FIRST_PARTY_OWNER} .{0,3} #AiField`,
        // "make our models smarter": improving in other words.
        ...byOwner(
          '(make|makes|making) <owner> (#AiModel|#AiField) more? (better|smarter|accurate|intelligent|capable|helpful|effective|reliable|relevant|useful|safer)',
        ),
        ...byOwner(
          '(make|makes|making) <owner> #AiField #AiModel more? (better|smarter|accurate|intelligent|capable|helpful|effective|reliable|relevant|useful|safer)',
        ),
        // "improve the accuracy and performance of our proprietary artificial intelligence models"
        '#ImproveVerb .{0,4} (of|for) .{0,4} (#AiModel|#AiField)',
        // A skill the model learns: "improve our speech recognition", "the accuracy of our speech recognition". Not a
        // skill naming what something else is for ("security for facial recognition login").
        '#ImproveVerb .{0,3} (accuracy|quality|performance|precision) (of|for) .{0,3} #AiSkill',
        '#ImproveVerb (our|the|its|their)? !(for|of|to|with|in|on|and|or)? !(for|of|to|with|in|on|and|or)? #AiSkill',
        // "Your feedback helps our models learn", "… helps our AI get smarter".
        ...byOwner('(help|helps|helping) <owner> (#AiModel|#AiField) (learn|improve|evolve)'),
        ...byOwner(
          '(help|helps|helping) <owner> (#AiModel|#AiField) (get|become|grow) more? (better|smarter|accurate|intelligent|capable|helpful|effective|reliable|relevant|useful|safer)',
        ),
        // What is improved is a list whose examples are models: "develop and improve our products and technologies,
        // including artificial intelligence", "train and improve our technology, such as our machine learning models",
        // "improve our service and create new features, including through machine learning".
        '(#ImproveVerb|#TrainVerb) .{0,10} including .{0,4} (#AiModel|#AiField)',
        '(#ImproveVerb|#TrainVerb) .{0,10} such as .{0,3} (#AiModel|#AiField)',
        // The model first, in the passive, with the data it is made from: "generative AI models may be developed with
        // your data".
        `${AI_MODEL_BY_FIELD}${MADE_WITH_DATA}`,
        `${AI_MODEL_NAMED}${MADE_WITH_DATA}`,
        ...byOwner(`${AI_MODELS_OF_OURS}${MADE_WITH_DATA}`, '(our|its)'),
      ],
      rejectAfter: NON_USER_OR_TAUGHT,
      rejectEvidence: {
        test: (evidence: string): boolean =>
          WITH_AI_APPLIED.test(evidence) || ADVANCE_BARE_MODEL.test(evidence) || SECOND_VERB_AI_APPLIED.test(evidence),
      },
      rejectInUnit: OPTIMIZED_TO_RUN,
      severity: 'high',
      why: '"Improve our services" clauses that name models or algorithms cover model development with user data.',
      mustMatch: [
        'Acme teaches its machine learning models with your conversations.',
        {
          text: 'We do not use personal information for the purpose of teaching large language models.',
          stance: 'restrict',
        },
        'We use your conversations to improve our AI models and algorithms.',
        'We use your interactions to make our machine learning models more accurate.',
        'We use your feedback to make our AI smarter.',
        'Information you provide may be used to develop and improve our artificial intelligence technologies.',
        { text: 'We never use your documents to improve our language models.', stance: 'restrict' },
        'We may use information you provide to us, such as your prompts, files and feedback, to develop and improve our machine learning models.',
        'Data collected through the Services, including audio and transcripts, may be used to improve the algorithms that power our features.',
        'We may use the content you upload to train, test, validate, tune and otherwise improve the accuracy and performance of our proprietary artificial intelligence models.',
        'We use your personal data to develop and improve our products, services and technologies, including machine learning technologies.',
        'Your data helps us build and refine our tools, such as our machine learning models and algorithms.',
        'We may use de-identified data to improve our service and create new features, including through machine learning.',
        'Our generative AI models may be developed with your data and the content you upload.',
        'Large language models are developed with the prompts you enter.',
        // An item of a list of purposes that opens with its verb: the heading names the data, or the item does.
        {
          text: 'Develop and improve machine learning models with data collected through the Services.',
          stance: 'grant',
          section: 'How we use your information',
        },
        'Develop and improve machine learning models using information collected through the Services.',
        'Our models may be improved using the content you provide.',
        'Our models and algorithms are refined using your interactions with the Services.',
        'We use your interactions to make our models smarter.',
        'We use your interactions to make our AI models more effective.',
        'Your conversations help make our models more reliable and safer.',
        'We use your interactions to make Acme’s models smarter.',
        'Acme’s models may be developed with your data.',
        "The Company's models may be developed with your data.",
        'We use your interactions to make the Company’s models smarter.',
        "The Service's models may be developed with your data.",
        'We use your inputs to improve our generative features.',
        'Your voice recordings may be used to improve the accuracy of our speech recognition.',
        'We may use your voice recordings to improve our speech recognition technology.',
        'Your interactions with our chatbot may be used to improve the chatbot.',
        'The feedback you give helps our models learn.',
        'Your data helps our AI get smarter.',
        // Advancing a model, or a second verb sharing the first's model.
        'We may use your content to advance our AI models.',
        'We may use your content to develop and optimize Acme and affiliate machine-learning and artificial-intelligence technologies.',
        // Teaching as a noun, or a bare "models" taught on the user's data.
        { text: 'Your data may be used in the teaching of our AI models.', stance: 'grant' },
        { text: 'Testing does not include teaching models on your content.', stance: 'restrict' },
        // Optimising a model is improving it.
        'We may optimise our AI models with the content you upload.',
        'We may use your data to optimize our machine learning models.',
      ],
      mustNotMatch: [
        // Teaching people, not a model (the model must follow the verb, a bare "models" after its determiner).
        "Teachers can use your child's work to evaluate teaching models.",
        'We collect your course data for teaching models of good practice.',
        'Teaching AI models to your students is part of the curriculum.',
        'We provide teaching materials about AI models to your school.',
        'Our teaching assistants use AI models to grade your essays.',
        'We use your data to improve our products and services, including our help centre and our support tools.',
        'We use speech recognition to transcribe your voice messages.',
        // Optimising something other than a model, or fitting a model to a device.
        'We optimize our feed with machine learning based on your activity.',
        'We optimize our content for AI search engines based on your feedback.',
        'We use your data to optimize our services with AI.',
        'Optimizing our AI models for mobile devices, we process your prompts on device.',
        'We may use your personal data to optimize our marketing models.',
        'We process your biometric data to improve security for facial recognition login.',
        'We use your voice recordings to improve support for voice recognition users.',
        'We process your voice recordings for speech recognition purposes.',
        'Our chatbot helps you manage your account.',
        'Your feedback helps our AI team prioritise features.',
        'We use your feedback to help our models team plan.',
        'We use your feedback to improve our customer support.',
        'Our team develops new features every month.',
        'We may use information you provide to us, such as your name and email, to send you newsletters about our AI products.',
        'We improve our language models using licensed and publicly available text.',
        'We use your feedback to make our AI models more affordable.',
        'We use your feedback to advance our mission.',
        'We use your data to develop and optimize ads using AI.',
        'We use your data for teaching models of good practice.',
        'Acme’s business models may be developed with your feedback.',
        'We use your feedback to make Acme’s subscription models more flexible.',
        // Another's possessive is not the service's: the reader's own models, or another provider's.
        "Your company's models may be refined using your content.",
        "The Customer's models may be developed with Customer Data.",
        'We use your interactions to make the Customer’s models smarter.',
        'Rival’s models may be developed with your data.',
        'Some features may let you enhance your photos based on your content, including with the use of AI technology.',
        'Our AI models are developed by our engineers and never see your content.',
        'Our language models were built on licensed and publicly available text.',
        // Pointers to where the use is described, whatever names the data.
        'These are the terms that apply to AI features, including how User Content may be used for development and improvement of our machine learning models.',
        'This section describes how data about you may be used to develop and improve our AI models.',
        'Read more about how customer data may be used to train our machine learning models.',
        // "model" alone names no AI: a data model, a business model.
        'The data model is developed with customer content in mind.',
        'Our business models are developed with customer content in mind.',
        'We use your feedback to make our business model more sustainable.',
        'We use your feedback to make our data model more consistent.',
        // A model of prices or of a business is not learnt (lexicon OtherModel), even improved with the user's data.
        'We use your data to improve our business models.',
        'We use your data to improve our pricing models.',
        'We use your information to develop new business models and services.',
      ],
    },
    {
      id: 'ai_training.model-learns-from-users',
      // A1: the data goes into the algorithm when the algorithm learns from it ("our algorithms learn from your
      // interactions", "the model refines over time based on users' activity"); applying it to the data does not.
      cue: [AI, /\b(?:learn|refin|adapt)/, /\b(?:from|based\s+on|using)\b/],
      match: [
        '(#AiModel|#AiField) .{0,2} (learn|learns|refine|refines|adapt|adapts) .{0,3} (from|based on|using) .{0,6} (#UserData|interactions|activity|behavior|behaviour|usage|feedback)',
      ],
      rejectEvidence: /\b(?:public|publicly|licensed|synthetic|open[\s-]source)\b/i,
      severity: 'high',
      why: 'An algorithm that learns from what users do is trained on their data.',
      mustMatch: [
        'Our algorithms learn from your interactions with the service.',
        'Our algorithm will refine over time based on users’ continuous interactions with the site, in order to provide relevant content.',
        { text: 'Our models never learn from your private messages.', stance: 'restrict' },
        'Our AI learns from your interactions with the app.',
      ],
      mustNotMatch: [
        'Our models learn from publicly available data.',
        'You can learn from our guides how to use AI models with your data.',
        'Recommendations are ranked by an algorithm based on your interactions.',
      ],
    },
    {
      id: 'ai_training.systems-learn-from-users',
      // As model-learns-from-users, with no AI word: "our automated systems learn from your interactions" is the data
      // going into the system (A1: learning from the data counts without an AI word). Only "learn": a system that adapts
      // or refines may apply rules to the data.
      cue: [
        RegExp(String.raw`\b${wordsPattern([...SYSTEM_NOUNS, 'tools'])}\b`),
        /\blearns?\b/,
        /\b(?:from|based\s+on|using)\b/,
      ],
      match: [
        `(${[...SYSTEM_NOUNS, 'tools'].join('|')}) (${LEARN_GAP_WORDS.join('|')})? (learn|learns) .{0,3} (from|based on|using) .{0,6} (#UserMaterial|activity|behavior|behaviour|usage|feedback)`,
      ],
      rejectEvidence: /\b(?:public|publicly|licensed|synthetic|open[\s-]source)\b/i,
      severity: 'high',
      why: 'A system that learns from what users give or do is trained on their data, whatever it is called.',
      mustMatch: [
        'Automated systems learn from your interactions to improve the Services.',
        'Our automated systems learn from the content you upload.',
        { text: 'Our systems never learn from your private messages.', stance: 'restrict' },
        'Our recommendation engine learns from your activity on the app.',
      ],
      mustNotMatch: [
        'Our systems learn from publicly available data.',
        'You can learn from our systems how to protect your data.',
        'Our systems adapt to your usage to save battery.',
        'Users of our tools learn from your feedback.',
        "Our analytics tools help you learn from your customers' feedback.",
        'Our reporting tools let administrators learn from user activity across the workspace.',
      ],
    },
    {
      id: 'ai_training.data-informs-models',
      // A1 in other words: what users do "informs" or "feeds into" the models (the data goes into them).
      cue: [AI, /\b(?:inform|feed)/],
      match: [
        `${DATA_INFORMS} .{0,5} ${AI_MODEL_BY_FIELD}`,
        `${DATA_INFORMS} .{0,5} ${AI_MODEL_NAMED}`,
        ...byOwner(`${DATA_INFORMS} ${AI_MODELS_OF_OURS}`, '(our|its)'),
      ],
      rejectEvidence: /\b(?:public|publicly|licensed|synthetic|open[\s-]source)\b/i,
      rejectBefore: /\b(?:public|publicly|licensed|synthetic|open[\s-]source)\b[^.;]{0,30}$/,
      severity: 'high',
      why: 'User data that informs or feeds into models is used to train them.',
      mustMatch: [
        'Our community standards, together with user behavior, inform a wide range of AI algorithms.',
        'Your interactions with the app feed into the machine learning models that rank content.',
        'Your usage data feeds into our recommendation models.',
        'Your usage data feeds into Acme’s recommendation models.',
      ],
      mustNotMatch: [
        // The reader's own models, or another provider's: not the service's.
        "Customer Data feeds into Customer's models only.",
        'Your usage data feeds into Rival’s models.',
        'We will inform you about material changes to our AI models.',
        'We may inform users when content was generated by AI models.',
        'Publicly available data feeds into our language models.',
        'Customer feedback informs our business model and product roadmap.',
        'Customer feedback informs our business models and product roadmap.',
      ],
    },
    {
      id: 'ai_training.improve-list-ending-in-ai',
      // Gaps do not backtrack in compromise, so the list is matched at its end: "…, services and machine learning
      // technologies", with the improve verb required before it by the cue.
      cue: [IMPROVE_LIST_THEN_AI],
      match: [
        '(services|products|research|features|offerings|tools|technologies|systems) (and|or) (#AiModel|#AiField)',
      ],
      severity: 'high',
      why: 'What the data develops or improves is a list whose last item is AI ("improve our research, products, services and machine learning technologies"): the list names model development.',
      mustMatch: [
        'We use your interactions to evaluate, develop, and improve our research, products, services and machine learning technologies.',
        {
          text: 'We never use your files to develop our research, products, services or AI features.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'We use your data to improve our products and services and to send you updates about AI features.',
        'Our products, services and AI features are described in the help centre.',
      ],
    },
    {
      id: 'ai_training.ai-opt-out-control',
      // A control named for AI use of the data ("an AI services opt-out policy", "the AI opt-out setting"): the clause
      // around it says what the data is used for until the user opts out.
      cue: [/\bopt[\s-]?outs?\b/, AI],
      match: [
        `(#AiModel|#AiField) opt out (${OPT_OUT_CONTROLS})`,
        // The field names the services or the training the control is for: "a machine learning services opt-out
        // policy", "the AI training opt-out setting".
        `#AiField (services|service|features|feature|training) opt out (${OPT_OUT_CONTROLS})`,
        // "an AI-powered services opt-out policy": the field as a compound ("AI-powered", "AI-enabled").
        `#AiField (powered|enabled|driven|based) (services|service|features|feature) opt out (${OPT_OUT_CONTROLS})`,
      ],
      severity: 'high',
      why: 'An opt-out named for AI ("configure an AI services opt-out policy") states that the data is used to develop AI unless the user opts out.',
      mustMatch: [
        {
          text: 'You may instruct us not to use and store your content to develop and improve the service by configuring an AI services opt-out policy.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'To stop this use of your content, turn on the AI opt-out setting in your account.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'You may instruct us not to use and store your content to develop and improve the service by configuring a machine learning services opt-out policy.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'To stop this use of your content, turn on the generative AI training opt-out setting in your account.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'You may instruct us not to use your content to improve the service by configuring an AI-powered services opt-out policy.',
          stance: 'conditional',
          condition: 'opt_out',
        },
      ],
      mustNotMatch: [
        'You can opt out of marketing emails in your settings.',
        'You can opt out of machine learning newsletters in your settings.',
        'Our AI services help you summarise your documents.',
      ],
    },
    {
      id: 'ai_training.training-setting',
      // A setting named for model training ("your model training preferences", "the AI training settings", "the
      // preferences you have set with respect to model training"): the training is on until the user changes it (GUIDE:
      // "You can turn off model training in settings" is an opt-out).
      cue: [
        /\b(?:training|fine[\s-]?tuning|development)\b/,
        /\b(?:settings?|preferences?|controls?|toggles?|choices)\b/,
      ],
      match: [
        `(#AiModel|#AiField) training (${CONTROL_NOUNS.setting.join('|')})`,
        `(${[...CONTROL_NOUNS.setting, 'choices'].join('|')}) .{0,4} (with respect to|regarding|concerning|about|for) (#AiModel|#AiField) training`,
        // Its fine-tuning or development, the same act, also names the service's own work ("our controls concerning
        // model development"): only the reader's setting.
        `your (${[...CONTROL_NOUNS.setting, 'choices'].join('|')}) .{0,4} (with respect to|regarding|concerning|about|for) (#AiModel|#AiField) (fine tuning|finetuning|development)`,
        `(${[...CONTROL_NOUNS.setting, 'choices'].join('|')}) you .{0,3} (with respect to|regarding|concerning|about|for) (#AiModel|#AiField) (fine tuning|finetuning|development)`,
      ],
      // A setting the service says it does not offer: "we do not offer AI training settings", "there are no …".
      rejectBefore:
        /\b(?:(?:not|never)\s+(?:offer|have|provide|give|include|need)|no|without)\s+(?:any\s+)?(?:[\w-]+\s+){0,2}$/,
      // Not over a choice the sentence states ("only if you opt in via your AI training settings"): the default decides
      // (G7).
      // Negated elsewhere in the sentence, the setting still stands: "… will not affect the preferences you have set
      // with respect to model training".
      implies: { stance: 'conditional', condition: 'opt_out', negated: 'conditional', over: ['grant'] },
      severity: 'high',
      why: "A control of its own for model training says the user's data is used to train models until the user turns it off.",
      mustMatch: [
        {
          text: 'You can manage your model training preferences in Settings.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        { text: 'You can change your AI training settings at any time.', stance: 'conditional', condition: 'opt_out' },
        {
          text: 'You can update the preferences you have set with respect to model training in your account.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'Deleting your account will not affect the preferences you have set with respect to model training.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'This will not change the preferences you have set with respect to model fine-tuning.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'You can update your choices regarding model development at any time.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'We will not use your chats to train our models unless you opt in through your AI training settings.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'If you turn on the AI training setting, we will use your chats to train our models.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'Model training is off by default; you can opt in through your model training preferences.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'We will use your chats to train our models only if you opt in via your AI training settings.',
          stance: 'conditional',
          condition: 'opt_in',
        },
      ],
      mustNotMatch: [
        'You can manage your training preferences for the fitness plan in Settings.',
        'You can change your notification settings at any time.',
        'Training settings for your workouts are in the app.',
        'You can update your preferences regarding product development at any time.',
        'Our policies and controls concerning model development are reviewed annually to protect your information.',
        'We do not offer AI training settings because we never use your chats to train our models.',
        'We do not provide any model training preferences: your content is never used to train our models.',
        'Enterprise accounts do not have model training settings; training is disabled for all enterprise content.',
        'We do not use your chats to train our models, and there are no AI training settings to change.',
      ],
    },
    {
      id: 'ai_training.customer-model-limit',
      // Only as a limit (GUIDE A4): "we will not access or use your customized model except as necessary to provide
      // the service". Using a model the customer fine-tuned is no training right by itself.
      cue: [AI, /\b(?:access|use)\b/],
      match: [
        '(we|#ServiceSubject) .{0,4} (access|use) .{0,2} (your|customer|customers) (customized|customised|custom|fine-tuned|fine tuned|trained|private)? #AiModel',
        // The service with its group: "we and our affiliates will not access …".
        '(we|#ServiceSubject) (and|or) (our|its) #ServiceSide .{0,4} (access|use) .{0,2} (your|customer|customers) (customized|customised|custom|fine-tuned|fine tuned|trained|private)? #AiModel',
        // The service by its name, a word no list holds, opening the sentence with its own denial or with its group:
        // "Acme will not access …", "Acme and its affiliates will not access …" (a third party is named by a list word,
        // "model providers", or speaks of "their" affiliates).
        '^!(#ThirdParty|#UserSubject|they|it|he|she|#Authority) (will|shall|does|do|would) (not|never) (access|use) .{0,2} (your|customer|customers) (customized|customised|custom|fine-tuned|fine tuned|trained|private)? #AiModel',
        '^. (and|or) its #ServiceSide .{0,4} (access|use) .{0,2} (your|customer|customers) (customized|customised|custom|fine-tuned|fine tuned|trained|private)? #AiModel',
      ],
      stances: ['restrict'],
      severity: 'low',
      why: 'A promise not to access or use the model a customer customised with its data is an AI-specific limit (restrict).',
      mustMatch: [
        {
          text: 'We will not access or use your customized model except as necessary to provide the service or to comply with the law.',
          stance: 'restrict',
        },
        {
          text: 'The Company and its affiliates will not access or use your customized model except as necessary to provide the service.',
          stance: 'restrict',
        },
        {
          text: 'Acme will not access or use your customized model except as necessary to provide the service.',
          stance: 'restrict',
        },
        {
          text: 'Acme and its affiliates will not access or use your customized model except as necessary to provide the service.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'You may use your customized model in any region.',
        'Providers will not access your customized model.',
        'Providers and their affiliates will not access your customized model.',
        'Third-party model providers cannot access your customized model.',
        'Model providers and their affiliates cannot access your customized model.',
        'We may access your account to provide support.',
      ],
    },
    {
      id: 'ai_training.provision-carve-out',
      // GUIDE A4: a carve-out from a training grant is a limit. What is carved out is a provision of the document
      // (a section, its provisions, the licence it grants) that "does not apply / extend to" something, or "applies
      // only to" some users; the clause names AI or training, as the provision does.
      cue: [
        /\b(?:ai|artificial|machine[\s-]learning|ml|models?|train\w*|fine[\s-]?tun\w*|generative)\b|\ba\.i\./,
        /\b(?:apply|applies|extend|extends)\b/,
        /\b(?:sections?|provisions?|licen[cs]e)\b/,
      ],
      match: [
        '(section|provisions|provision|license|licence) .{0,6} (apply|applies) only',
        '(section|provisions|provision|license|licence) .{0,4} (not|never) (apply|applies|extend|extends)',
      ],
      implies: { stance: 'restrict', negated: 'restrict' },
      severity: 'low',
      why: 'A provision on training with user data that does not apply to some users, products or content, or applies only to some, limits the training right it grants (GUIDE A4).',
      mustMatch: [
        {
          text: 'The training and data-use provisions in Section 4 apply only to free accounts.',
          stance: 'restrict',
        },
        {
          text: 'The fine-tuning and data-use provisions in Section 4 apply only to free accounts.',
          stance: 'restrict',
        },
        {
          text: 'If your organisation has its own agreement, that agreement governs the use of your data for AI features and Section 4 does not apply to you.',
          stance: 'restrict',
        },
        {
          text: 'This license does not extend to your files that are never submitted as input to an AI feature.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'This Section applies to all users of our AI features and to your data.',
        'The limitation of liability in this section does not apply to your data protection claims.',
        'You may not use your data to train models that compete with ours.',
      ],
    },
    {
      id: 'ai_training.model-purpose-noun',
      cue: [AI, /\b(?:develop|improv|train|enhanc)/],
      match: ['(for|of) .{0,6} (#AiModel|#AiField) (development|improvement|improvements|training|enhancement)'],
      severity: 'high',
      why: 'The purpose as a noun phrase, with no verb of its own: "for model improvement", "for model development purposes".',
      mustMatch: [
        'Your data is used for analytics, process improvement and model development purposes.',
        'Transcripts of your calls may be kept for model improvement.',
      ],
      mustNotMatch: ['Our business model development team may contact you.', 'We use a pricing model for your plan.'],
    },
    {
      id: 'ai_training.train-systems',
      cue: [/\b(?:re)?train|\bfine[\s-]?tun|\bteach/],
      match: [
        ...byOwner(`(train|trains|training|retrain|retraining|teach|teaches|teaching) <owner> .{0,2} (${SYSTEMS})`),
        ...byOwner(`(fine tune|fine tunes|fine tuning|finetune|finetunes|finetuning) <owner> .{0,2} (${SYSTEMS})`),
        // Training joined to improving: "train and improve our systems".
        ...byOwner(`(train|trains|training|retrain|retraining) (and|or) #ImproveVerb <owner> .{0,2} (${SYSTEMS})`),
      ],
      rejectEvidence: READER_POSSESSIVE,
      severity: 'high',
      why: 'Training "our systems" or "our suggestion engine" on user data is model training in other words (GUIDE A1: learning from the data counts without an AI word).',
      mustMatch: [
        'We process your personal data to train our systems to improve our services.',
        'Your acceptance or rejection of our suggestions may help train our suggestion engine.',
        'Your acceptance or rejection of our suggestions may help train and improve our suggestion engine.',
        'We process your personal data to train and improve our systems.',
        'We process your personal data to fine-tune our systems to improve our services.',
        'We use your information to teach our systems to recognise patterns.',
        // The first party by name: "Acme's" where "our" stands.
        'Your acceptance or rejection of our suggestions may help train Acme’s suggestion engine.',
      ],
      mustNotMatch: [
        'We train our staff to protect your personal data.',
        'We train and develop our staff to protect your personal data.',
        'We teach our staff to protect your personal data.',
        'We fine-tune the settings of your account to protect your personal data.',
        'We provide training on our systems to your administrators.',
        'We train Acme’s staff to protect your personal data.',
        'Your acceptance or rejection of our suggestions may help train the Customer’s suggestion engine.',
        "You may use your data to train your company's classifiers.",
      ],
    },
    {
      id: 'ai_training.used-for-training',
      // "use the content you post for training": training with no model named is the model's when the user's data is
      // what is used (A1). People are trained too: calls recorded "for quality and training purposes", "for training
      // our staff".
      cue: [USE_VERB, /\bfor\s+training\b/],
      match: [`(${DATA_USE_VERBS.join('|')}) .{0,12} for training`],
      rejectEvidence: { test: (evidence: string) => USED_FOR_CALLS.test(evidence) || usesNoData(evidence) },
      rejectAfter: PEOPLE_AFTER,
      rejectBefore: USED_FOR_PEOPLE_BEFORE,
      severity: 'high',
      why: 'The user’s content or data used “for training”: with the user’s data as what is used, that is training models on it (A1).',
      mustMatch: [
        'Where the law allows us to, we may use the content you and other users have posted for training or to help us improve our filters.',
        {
          text: 'Your files stay on your device and are not used for training purposes without your explicit consent.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        // Other verbs of putting data to a use (DATA_USE_VERBS).
        'We may utilize the content you post for training or to help us improve our filters.',
        'We may leverage the content you and other users have posted for training.',
      ],
      mustNotMatch: [
        'We utilize call recordings for training purposes.',
        // People hired, tools put to work.
        'We employ contractors for training purposes and they may access your personal data.',
        'We employ qualified coaches for training, and we use your personal data to book your sessions.',
        'We leverage third-party platforms for training, which may process your personal data.',
        'We may use recordings of your calls with us for training purposes.',
        'Conversations with our support team may be used for quality and training purposes.',
        'We use your contact details to send you information for training courses you signed up for.',
        'We use this information for training our staff.',
        'We use your personal data for training our customer service representatives.',
        'Data from these sessions may be used for training and certification of our instructors.',
        'We may use the information you provide for training and educational purposes.',
      ],
    },
    {
      id: 'ai_training.train-on-user-data',
      // "We do not train on your data", "No training on your data": training with the user's data as what is trained on,
      // no model named (A1). Not "trained on" (said of staff: "employees are trained on data protection"), nor a course
      // given or taken ("employees receive training on customer data handling").
      cue: [/\btrain(?:s|ing)?\s+on\s+(?:your|customer|customers|user|users)\b/],
      match: ['(train|trains|training) on (your|customer|customers|user|users) .{0,2} #UserMaterial'],
      rejectAfter: RegExp(String.raw`^\s*${wordsPattern(DATA_DUTY_TOPICS)}\b`),
      rejectBefore: RegExp(String.raw`${OTHERS_PRACTICE.source}|${COURSE_BEFORE.source}`),
      severity: 'high',
      why: 'Training "on your data" is training models on it even when no model is named (GUIDE A1).',
      mustMatch: [
        { text: 'We do not train on your data.', stance: 'restrict' },
        'We may train on your content to improve the Services.',
        { text: 'Acme never trains on customer data.', stance: 'restrict' },
        { text: 'There is no training on your data.', stance: 'restrict' },
        { text: 'We do not allow training on customer data.', stance: 'restrict' },
        'Training on user content helps us improve the Services.',
        'We may perform ongoing training on customer data to improve the Services.',
      ],
      mustNotMatch: [
        'We train on your data protection obligations every year.',
        'Unlike other providers who train on user data, we never do.',
        'You may train on your own data with our tools.',
        'All employees receive regular training on customer data handling.',
        'We provide training on your data management obligations.',
        'Our staff complete annual training on user data.',
      ],
    },
    {
      id: 'ai_training.user-data-as-training-data',
      // The user's data made into training data: "used as training data", "create training datasets from your content".
      // Training data is what a model learns from (A1).
      cue: [/\btraining\s+(?:data|datasets?|sets?|corpus|corpora|material)\b/],
      match: [
        `(${USE_ACTIVE}) .{0,4} #UserMaterial .{0,4} as training (data|dataset|datasets|set|sets|corpus|material)`,
        `#UserMaterial .{0,4} (${USE_PAST}) as training (data|dataset|datasets|set|sets|corpus|material)`,
        '(create|creates|build|builds|compile|compiles|created|built|compiled) training (data|dataset|datasets|set|sets|corpus) (from|out of|with|using) .{0,3} #UserMaterial',
        '#UserMaterial .{0,4} (included|incorporated|added) (in|into|to) .{0,2} training (data|dataset|datasets|set|sets|corpus)',
        '(include|includes|including|incorporate|incorporates|add|adds) .{0,3} #UserMaterial .{0,2} (in|into|to) .{0,2} training (data|dataset|datasets|set|sets|corpus)',
      ],
      // Records kept for training people: "as training data for your certification".
      rejectAfter: RegExp(String.raw`${PEOPLE_AFTER.source}|^[^.;]{0,40}\b(?:certificat|courses?|class|exams?)`),
      rejectEvidence: NOT_USERS_DATA,
      rejectBefore: OTHERS_PRACTICE,
      severity: 'high',
      why: 'User data used as, or made into, training data is data a model is trained on (A1).',
      mustMatch: [
        'Your content may be used as training data.',
        'We may create training datasets from your content.',
        'We may use your conversations as training data for our assistant.',
        { text: 'Your prompts are never included in training data.', stance: 'restrict' },
        'Our model providers may use your conversations as training data.',
        'We may use content you share publicly as training data.',
        // Other verbs of putting data to a use (DATA_USE_VERBS).
        'We may utilize your conversations as training data.',
        'Your conversations may be utilized as training data.',
      ],
      mustNotMatch: [
        'We keep records of your attendance as training data for your certification.',
        'We use your attendance records as training data for your certification.',
        'Output may contain material that resembles content in the model’s training data.',
        'We use synthetic data as training data.',
        'We use publicly available data and licensed content as training data.',
        'We create training datasets from publicly available content.',
        'Some providers use customer conversations as training data; we do not.',
        'AI developers often use web content as training data.',
      ],
    },
    {
      id: 'ai_training.used-for-fine-tuning',
      // As used-for-training, but "fine-tuning" is an everyday verb as well: "for fine-tuning your training plan" adjusts
      // something else (GUIDE A1: adjusting is no learning from the data) unless what is fine-tuned is a model or system.
      cue: [USE_VERB, /\bfor\s+fine[\s-]?tuning\b/],
      match: [`(${DATA_USE_VERBS.join('|')}) .{0,12} for (fine tuning|finetuning)`],
      rejectEvidence: { test: (evidence: string) => USED_FOR_CALLS.test(evidence) || usesNoData(evidence) },
      rejectAfter: RegExp(String.raw`${PEOPLE_AFTER.source}|${FINE_TUNED_NOT_MODEL.source}`),
      rejectBefore: USED_FOR_PEOPLE_BEFORE,
      severity: 'high',
      why: 'The user’s content or data used “for fine-tuning” with no other object named, or a model or system named as what is tuned: training models on it (A1).',
      mustMatch: [
        { text: 'We may use your designs for fine-tuning our design assistant.', stance: 'grant' },
        {
          text: 'Your files stay on your device and are not used for fine-tuning purposes without your explicit consent.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        'We may use the content you and other users have posted for fine-tuning or to help us improve our filters.',
        'We may use your conversations for fine-tuning our large language models.',
        'We may use your conversations for fine-tuning our Acme Assistant.',
        'We may use your voice recordings for fine-tuning our speech recognition.',
        'We use your feedback for fine-tuning the generative features of the Services.',
        'We use your feedback for fine-tuning and improving our recommendation systems.',
      ],
      mustNotMatch: [
        'We may use recordings of your calls with us for fine-tuning our service quality.',
        'We use your contact details to invite you to events on fine-tuning your account settings.',
        'We may use your workout data for fine-tuning your personalised training plan.',
        'Our coaches use session data for fine-tuning your training plan.',
        'We use your feedback for fine-tuning and improving our website layout.',
        'We may use your content for fine-tuning of our website.',
      ],
    },
    {
      id: 'ai_training.training-and-improvement',
      cue: [/\btraining\s+(?:and|or|&)\s+(?:[\w-]+\s+)?(?:improv|develop|enhanc)/],
      match: ['training (and|or) .{0,2} (#ImproveVerb|improvement|improvements)'],
      // Training of people: "training and development of our staff"; "for quality, training and improvement purposes"
      // is the call-centre phrase (under an AI heading, improve-under-ai-heading reads it).
      rejectAfter: RegExp(String.raw`^\s*purposes?\b|${PEOPLE_AFTER.source}`),
      severity: 'high',
      why: '"Training and product improvement" with user data names model training as a noun, with no AI word: voice recordings or messages used "for training and improving our filter technology".',
      mustMatch: [
        {
          text: 'With your consent, we will use voice recordings to inform training and product improvement.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        'We may use your voice recordings to inform training and product improvement.',
        'We may use your messages for other purposes, such as training and improving our moderation technology.',
        {
          text: 'We will not engage in training or product improvement with your private recordings.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'We use your contact details to organise training and development sessions for our staff.',
        'Calls with our support team may be recorded for quality and training purposes.',
        'Calls with our support team may be recorded for quality, training and improvement purposes.',
      ],
    },
    {
      id: 'ai_training.fine-tuning-and-improvement',
      // As training-and-improvement; what is then improved must not be something other than a model or system ("for
      // fine-tuning and improving our website layout" adjusts a page: GUIDE A1).
      cue: [/\bfine[\s-]?tuning\s+(?:and|or|&)\s+(?:[\w-]+\s+)?(?:improv|develop|enhanc)/],
      match: ['(tuning|finetuning) (and|or) .{0,2} (#ImproveVerb|improvement|improvements)'],
      rejectAfter: RegExp(String.raw`^\s*purposes?\b|${PEOPLE_AFTER.source}|${FINE_TUNED_NOT_MODEL.source}`),
      severity: 'high',
      why: '"Fine-tuning and improving" a model or system with user data names model training with no AI word (A1).',
      mustMatch: [
        'We may use your messages for other purposes, such as fine-tuning and improving our moderation technology.',
        'We may use your voice recordings to inform fine-tuning and product improvement.',
      ],
      mustNotMatch: [
        'Calls with our support team may be recorded for quality, fine-tuning and improvement purposes.',
        'We use your contact details to organise fine-tuning and development sessions for our staff.',
        'We use your feedback for fine-tuning and improving our website layout.',
      ],
    },
    {
      id: 'ai_training.improve-under-ai-heading',
      // The heading names the AI feature or AI's use of data; the paragraph under it says the data improves the service.
      section:
        /\b(?:ai|artificial\s+intelligence|machine[\s-]learning|generative|genai|llms?|large\s+language\s+models?|model\s+training)\b|\ba\.i\./,
      sectionWithParent: true,
      cue: [/\b(?:improv|develop|train|tun|enhanc|refin|better)/],
      match: [
        '#ImproveVerb .{0,4} (service|services|products|product|features|feature|technologies|technology|systems|system|offerings|tools|tool)',
        // "to make our products better": improving said with "make … better"
        '(make|making|makes) .{0,3} (service|services|products|product|features|feature|technologies|technology|systems|system|offerings|tools|tool) better',
        // "improve how our safety tools operate"
        '#ImproveVerb how .{0,5} (work|works|operate|operates|perform|performs|function|functions)',
        '(service|product) (improvement|improvements|development)',
        '(quality|training|tuning) (and|or) (improvement|improvements) (purposes|purpose)',
      ],
      severity: 'high',
      why: 'Under a heading about AI features or AI and your data, "we may use your inputs to improve the Services" is the AI-training statement of that section (the heading carries the AI word the sentence leaves out).',
      mustMatch: [
        {
          text: 'We may process your prompts and your interactions with these features to improve the Services.',
          stance: 'grant',
          section: '5.2 AI Features',
        },
        {
          text: 'You may instruct us not to use and store your content to develop and improve the service by changing a setting.',
          stance: 'conditional',
          condition: 'opt_out',
          section: 'Machine Learning Services',
        },
        {
          text: 'We may use your prompts and responses for service improvement.',
          stance: 'grant',
          section: 'Generative AI Features',
        },
        {
          text: 'We use your content to improve how our moderation tools operate.',
          stance: 'grant',
          section: 'Artificial Intelligence',
        },
        {
          text: 'We may process your prompts and your interactions with these features to refine the Services.',
          stance: 'grant',
          section: 'AI Features',
        },
        {
          text: 'Your chat sessions may be recorded and reviewed for quality, fine-tuning and improvement purposes.',
          stance: 'grant',
          section: 'AI Features',
        },
        {
          text: 'We may use your art to improve our safety and discovery tools, but we will not use it to train generative AI.',
          stance: 'grant',
          section: 'Artificial Intelligence',
        },
        {
          text: 'We use the prompts you submit and the outputs you receive to make our products better.',
          stance: 'grant',
          section: 'Development and Training of AI Models',
        },
      ],
      mustNotMatch: [
        { text: 'We may process your prompts to improve the Services.', section: 'How we use your information' },
        { text: 'Our AI features help you improve your writing.', section: 'AI Features' },
        { text: 'You may not use the service to develop competing products.', section: 'AI Features' },
        { text: 'We use your feedback to make our products better.', section: 'How we use your information' },
        { text: 'Our AI features make your writing better.', section: 'AI Features' },
      ],
    },
  ],
};
