// The reader named by its role as the subject of a choice reads as "you" for the stance readers, every offset kept.
import { describe, expect, it } from 'vitest';
import { readerAsYou } from '../../../src/core/analyze/reader-as-you';

const CASES: [string, string][] = [
  ['Users can opt out of model training.', '  You can opt out of model training.'],
  ['If the user opts out, we stop.', 'If       you opt out, we stop.'],
  ['unless the Customer has objected', 'unless         you have objected'],
  ['Each member chooses whether to share.', '         You choose whether to share.'],
  ['Customers may also decide', '      You may also decide'],
  // Another's users, a possessive, an object: no reader's choice.
  ['Other users can see your posts.', 'Other users can see your posts.'],
  ['Our customers may contact us.', 'Our customers may contact us.'],
  ["The user's data is stored.", "The user's data is stored."],
  // The reader's choice by its role's possessive.
  ["subject to users' settings", 'subject to   your settings'],
  ["with the Customer's consent", `with ${' '.repeat(10)}your consent`],
  ["subject to other users' settings", "subject to other users' settings"],
  ['We allow users to opt out.', 'We allow users to opt out.'],
  ['users who opt out', 'users who opt out'],
];

describe('readerAsYou', () => {
  it.each(CASES)('%s', (text, expected) => {
    const out = readerAsYou(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });
});
