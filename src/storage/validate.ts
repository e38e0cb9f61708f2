// Shape checks for records read back from IndexedDB and for imported files: stored data can be corrupt or foreign.
import {
  ACTORS,
  CATEGORY_IDS,
  CLAUSE_ROLES,
  MENTION_ROLES,
  type AnalysisResult,
  type Clause,
  type Finding,
} from '../core/types';
import { storedClausesProblem, unpackClauses } from '../core/clause-pack';
import type { DocumentRecord, StoredVersion, VersionRecord } from './schema';

const KINDS = ['terms', 'privacy', 'cookies', 'ai_policy', 'other'];
const STANCES = ['grant', 'conditional', 'restrict'];
const SEVERITIES = ['high', 'medium', 'low'];
const GRADES = ['A', 'B', 'C', 'D', 'E'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
/**
 * Latest time a record may carry (1 Jan 2200). Anything later is damage, not a visit; and `new Date(t).toISOString()`
 * throws RangeError past ±8.64e15, which would take down every page that shows the date.
 */
export const MAX_TIME = Date.UTC(2200, 0, 1);
/** A time in ms since the epoch that Date can show: from 1970 to MAX_TIME. */
export const isTime = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_TIME;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Returns null when `v` is a Clause, otherwise what is wrong. */
export function clauseProblem(v: unknown): string | null {
  if (!isObj(v)) return 'clause is not an object';
  if (!isStr(v.id) || !isStr(v.text) || !isStr(v.section)) return 'clause id, text or section is not a string';
  if (!isCount(v.block) || !isCount(v.start) || !isCount(v.end)) return 'clause block/start/end is not a count';
  if (!Array.isArray(v.sectionPath) || !v.sectionPath.every(isStr))
    return 'clause sectionPath is not a list of strings';
  return clauseContextProblem(v);
}

/** The optional context and role of a clause (or of a packed clause's extras). */
export function clauseContextProblem(v: Obj): string | null {
  if (v.leads !== undefined && (!Array.isArray(v.leads) || !v.leads.every(isStr)))
    return 'clause leads is not a list of strings';
  if ((v.columnHeader !== undefined && !isStr(v.columnHeader)) || (v.rowLabel !== undefined && !isStr(v.rowLabel)))
    return 'clause column header or row label is not a string';
  if (v.role !== undefined && !CLAUSE_ROLES.includes(v.role as never)) return `unknown clause role ${String(v.role)}`;
  return null;
}

export function analysisProblem(v: unknown): string | null {
  if (!isObj(v)) return 'analysis is not an object';
  if (!isStr(v.analyserVersion) || typeof v.languageSupported !== 'boolean')
    return 'analysis version or language flag missing';
  if (!Array.isArray(v.findings)) return 'analysis findings is not a list';
  for (const f of v.findings) {
    if (!isObj(f) || !isStr(f.clauseId) || !isStr(f.rule)) return 'finding without clauseId or rule';
    if (!CATEGORY_IDS.includes(f.category as never)) return `unknown finding category ${String(f.category)}`;
    if (!STANCES.includes(f.stance as string) || !SEVERITIES.includes(f.severity as string))
      return 'finding stance or severity invalid';
    if (!Array.isArray(f.evidence) || !f.evidence.every(isStr)) return 'finding evidence is not a list of strings';
    if (f.role !== undefined && !MENTION_ROLES.includes(f.role as never))
      return `unknown finding role ${String(f.role)}`;
    // Records from analysers before the actor was reported have none (they reported the service's rights only).
    if (f.actor !== undefined && !ACTORS.includes(f.actor as never)) return `unknown finding actor ${String(f.actor)}`;
  }
  const s = v.summary;
  if (
    !isObj(s) ||
    !(s.grade === null
      ? s.score === null && ['not-legal', 'too-short', 'language'].includes(s.ungraded as string)
      : GRADES.includes(s.grade as string) && typeof s.score === 'number') ||
    !isStr(s.driver) ||
    !isObj(s.counts)
  )
    return 'analysis summary invalid';
  return null;
}

export function documentProblem(v: unknown): string | null {
  if (!isObj(v)) return 'not an object';
  if (!isStr(v.key) || !v.key || !isStr(v.site) || !isStr(v.url) || !isStr(v.title))
    return 'key, site, url or title is not a string';
  if (!KINDS.includes(v.kind as string)) return `unknown kind ${String(v.kind)}`;
  if (!isTime(v.firstSeen) || !isTime(v.lastSeen)) return 'firstSeen/lastSeen is not a time';
  if (v.lastVisitAt !== null && !isTime(v.lastVisitAt)) return 'lastVisitAt is not a time or null';
  if (v.latestVersionId !== null && !isCount(v.latestVersionId)) return 'latestVersionId invalid';
  if (!isCount(v.versionCount) || !isCount(v.totalBytes)) return 'versionCount/totalBytes is not a count';
  return null;
}

function versionFieldsProblem(v: Obj): string | null {
  if (!isCount(v.id) || !isStr(v.documentKey) || !isStr(v.title) || !isStr(v.text))
    return 'id, documentKey, title or text invalid';
  if (!isStr(v.hash) || !/^[0-9a-f]{64}$/.test(v.hash)) return 'hash is not SHA-256 hex';
  if (!isTime(v.firstSeen) || !isTime(v.lastSeen) || !isCount(v.bytes)) return 'firstSeen/lastSeen/bytes invalid';
  return analysisProblem(v.analysis);
}

/** Returns null when `v` is a StoredVersion (the current schema), otherwise what is wrong. */
export function versionProblem(v: unknown): string | null {
  if (!isObj(v)) return 'not an object';
  return versionFieldsProblem(v) ?? storedClausesProblem(v.clauses, v.text as string, clauseProblem);
}

/** The same check for a version of the v2 schema (clauses in full), for the upgrade step. */
export function v2VersionProblem(v: unknown): string | null {
  if (!isObj(v)) return 'not an object';
  if (!Array.isArray(v.clauses)) return 'clauses is not a list';
  for (const c of v.clauses) {
    const p = clauseProblem(c);
    if (p) return p;
  }
  return versionFieldsProblem(v);
}

export const asDocument = (v: unknown): DocumentRecord | null => (documentProblem(v) ? null : (v as DocumentRecord));
export const asStoredVersion = (v: unknown): StoredVersion | null => (versionProblem(v) ? null : (v as StoredVersion));

/** A stored version with its clauses read back; null when the record is damaged. */
export function asVersion(v: unknown): VersionRecord | null {
  const stored = asStoredVersion(v);
  return stored ? { ...stored, clauses: unpackClauses(stored.text, stored.clauses) } : null;
}

// Copies with known fields only: an imported file's extra fields (any size) must not be stored unchecked. Each takes
// a value that already passed its *Problem check.

export function cleanClause(c: Clause): Clause {
  return {
    id: c.id,
    block: c.block,
    start: c.start,
    end: c.end,
    text: c.text,
    sectionPath: [...c.sectionPath],
    section: c.section,
    ...cleanContext(c),
  };
}

/** The optional context and role fields of a clause, copied (absent ones stay absent). */
export function cleanContext(
  c: Pick<Clause, 'leads' | 'columnHeader' | 'rowLabel' | 'role'>,
): Pick<Clause, 'leads' | 'columnHeader' | 'rowLabel' | 'role'> {
  return {
    ...(c.leads ? { leads: [...c.leads] } : {}),
    ...(c.columnHeader !== undefined ? { columnHeader: c.columnHeader } : {}),
    ...(c.rowLabel !== undefined ? { rowLabel: c.rowLabel } : {}),
    ...(c.role !== undefined ? { role: c.role } : {}),
  };
}

function cleanFinding(f: Finding): Finding {
  return {
    clauseId: f.clauseId,
    category: f.category,
    stance: f.stance,
    ...(f.condition === 'opt_in' || f.condition === 'opt_out' ? { condition: f.condition } : {}),
    severity: f.severity,
    evidence: [...f.evidence],
    rule: f.rule,
    ...(f.role ? { role: f.role } : {}),
    actor: ACTORS.includes(f.actor) ? f.actor : 'service',
  };
}

export function cleanAnalysis(a: AnalysisResult): AnalysisResult {
  const counts = Object.fromEntries(
    CATEGORY_IDS.map((c) => [
      c,
      typeof a.summary.counts[c] === 'number' && Number.isFinite(a.summary.counts[c]) ? a.summary.counts[c] : 0,
    ]),
  );
  return {
    analyserVersion: a.analyserVersion,
    languageSupported: a.languageSupported,
    findings: a.findings.map(cleanFinding),
    summary: {
      grade: a.summary.grade,
      score: a.summary.score,
      counts: counts as AnalysisResult['summary']['counts'],
      driver: a.summary.driver,
    },
  };
}
