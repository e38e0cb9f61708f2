// Shape checks for records read back from IndexedDB and for imported files: stored data can be corrupt or foreign.
import { CATEGORY_IDS } from '../core/types';

import type { DocumentRecord, VersionRecord } from './schema';

const KINDS = ['terms', 'privacy', 'cookies', 'ai_policy', 'other'];
const STANCES = ['grant', 'conditional', 'restrict'];
const SEVERITIES = ['high', 'medium', 'low'];
const GRADES = ['A', 'B', 'C', 'D', 'E'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Returns null when `v` is a Clause, otherwise what is wrong. */
export function clauseProblem(v: unknown): string | null {
  if (!isObj(v)) return 'clause is not an object';
  if (!isStr(v.id) || !isStr(v.text) || !isStr(v.section)) return 'clause id, text or section is not a string';
  if (!isCount(v.block) || !isCount(v.start) || !isCount(v.end)) return 'clause block/start/end is not a count';
  if (!Array.isArray(v.sectionPath) || !v.sectionPath.every(isStr)) return 'clause sectionPath is not a list of strings';
  return null;
}

export function analysisProblem(v: unknown): string | null {
  if (!isObj(v)) return 'analysis is not an object';
  if (!isStr(v.analyserVersion) || typeof v.languageSupported !== 'boolean') return 'analysis version or language flag missing';
  if (!Array.isArray(v.findings)) return 'analysis findings is not a list';
  for (const f of v.findings) {
    if (!isObj(f) || !isStr(f.clauseId) || !isStr(f.rule)) return 'finding without clauseId or rule';
    if (!CATEGORY_IDS.includes(f.category as never)) return `unknown finding category ${String(f.category)}`;
    if (!STANCES.includes(f.stance as string) || !SEVERITIES.includes(f.severity as string)) return 'finding stance or severity invalid';
    if (!Array.isArray(f.evidence) || !f.evidence.every(isStr)) return 'finding evidence is not a list of strings';
  }
  const s = v.summary;
  if (!isObj(s) || !GRADES.includes(s.grade as string) || typeof s.score !== 'number' || !isStr(s.driver) || !isObj(s.counts)) return 'analysis summary invalid';
  return null;
}

export function documentProblem(v: unknown): string | null {
  if (!isObj(v)) return 'not an object';
  if (!isStr(v.key) || !v.key || !isStr(v.url) || !isStr(v.title)) return 'key, url or title is not a string';
  if (!KINDS.includes(v.kind as string)) return `unknown kind ${String(v.kind)}`;
  if (!isTime(v.firstSeen) || !isTime(v.lastSeen)) return 'firstSeen/lastSeen is not a time';
  if (v.lastVisitAt !== null && !isTime(v.lastVisitAt)) return 'lastVisitAt is not a time or null';
  if (v.latestVersionId !== null && !isCount(v.latestVersionId)) return 'latestVersionId invalid';
  if (!isCount(v.versionCount) || !isCount(v.totalBytes)) return 'versionCount/totalBytes is not a count';
  return null;
}

export function versionProblem(v: unknown): string | null {
  if (!isObj(v)) return 'not an object';
  if (!isCount(v.id) || !isStr(v.documentKey) || !isStr(v.title) || !isStr(v.text)) return 'id, documentKey, title or text invalid';
  if (!isStr(v.hash) || !/^[0-9a-f]{64}$/.test(v.hash)) return 'hash is not SHA-256 hex';
  if (!isTime(v.firstSeen) || !isTime(v.lastSeen) || !isCount(v.bytes)) return 'firstSeen/lastSeen/bytes invalid';
  if (!Array.isArray(v.clauses)) return 'clauses is not a list';
  for (const c of v.clauses) {
    const p = clauseProblem(c);
    if (p) return p;
  }
  return analysisProblem(v.analysis);
}

export const asDocument = (v: unknown): DocumentRecord | null => (documentProblem(v) ? null : (v as DocumentRecord));
export const asVersion = (v: unknown): VersionRecord | null => (versionProblem(v) ? null : (v as VersionRecord));
