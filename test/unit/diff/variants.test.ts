// A page that alternates between variants is one document: a return to a kept variant reports nothing, and another
// page served at the same address (a stub, a translation) is not a revision.
import { describe, expect, it } from 'vitest';
import { diffVersions, nearestVariant } from '../../../src/core/diff';
import { isOtherPage } from '../../../src/core/diff/variants';
import { readDocument, snapshotOf } from './real-documents';

const WINDSTREAM = readDocument('changes/windstream-privacy-2023-01-14-00ea9983ef.md');
const EDITED = WINDSTREAM.replace(/\n\n([^\n]{200,})\n/, '\n\n$1 We may also share it with our marketing partners.\n');

describe('variants of one document', () => {
  it('A → B → A: the return to A reports nothing when A is kept', async () => {
    const a = await snapshotOf(WINDSTREAM);
    const b = await snapshotOf(EDITED);
    expect(EDITED).not.toBe(WINDSTREAM);
    expect(diffVersions(a, b).length).toBeGreaterThan(0); // the first flip is a change
    expect(nearestVariant(a, [b, a])).toBe(1);
    expect(diffVersions(b, a, { earlier: [a] })).toEqual([]);
    // Without the kept variant it is reported, as before.
    expect(diffVersions(b, a).length).toBeGreaterThan(0);
  }, 60_000);

  it('a stub served at the same address is not a revision', async () => {
    const full = await snapshotOf(WINDSTREAM);
    const stub = await snapshotOf('Privacy\n=======\n\nThis page has moved. Please see our updated privacy policy.\n');
    expect(isOtherPage(full, stub)).toBe(true);
    expect(isOtherPage(full, await snapshotOf(EDITED))).toBe(false);
    expect(diffVersions(full, stub)).toEqual([]);
  }, 60_000);
});
