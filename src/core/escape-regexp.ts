// A literal string as it stands inside a regular expression: one escape for every word list turned into a pattern.
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
