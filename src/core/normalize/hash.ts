// Content hashing with the platform's own SHA-256 (crypto.subtle exists in Node 20, extension pages and workers).

/** SHA-256 of the UTF-8 bytes of text, as lower-case hex. Hash normalizeText(text) for version identity. */
export async function hashText(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
