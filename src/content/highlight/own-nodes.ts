// The nodes Termwatch put into a page (the overlay host, the highlight style, fallback marks), known by identity only.
// A module-level WeakSet: a page can copy a tag name or an attribute, but it cannot get a node of its own in here.
const own = new WeakSet<object>();

export function claim(node: Node): void {
  own.add(node);
}

export function release(node: Node): void {
  own.delete(node);
}

/** Whether a node is one Termwatch added (for the page watcher, which must not mistake our changes for the page's). */
export function isOwnNode(node: unknown): boolean {
  return typeof node === 'object' && node !== null && own.has(node);
}
