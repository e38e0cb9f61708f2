// The reader named by its role as the subject of a choice about training reads as "you" for the stance readers,
// every offset kept.
import { describe, expect, it } from 'vitest';
import { readerAsYou } from '../../../src/core/analyze/reader-as-you';

const T = 'to train our models';
const CASES: [string, string][] = [
  ['Users can opt out of model training.', '  You can opt out of model training.'],
  [`If the user opts out, we stop using it ${T}.`, `If       you opt out, we stop using it ${T}.`],
  [`unless the Customer has objected to its use ${T}`, `unless         you have objected to its use ${T}`],
  [`Each member chooses whether we use posts ${T}.`, `         You choose whether we use posts ${T}.`],
  [`Customers may also decide whether we use them ${T}`, `      You may also decide whether we use them ${T}`],
  // Some of the readers are readers still.
  [`Registered users can decide whether we use posts ${T}.`, `Registered   you can decide whether we use posts ${T}.`],
  // Another's users, a possessive, an object: no reader's choice.
  [`Other users can see your posts ${T}.`, `Other users can see your posts ${T}.`],
  [`Your users can decide whether we use posts ${T}.`, `Your users can decide whether we use posts ${T}.`],
  [`Our customers may contact us about ${T}.`, `Our customers may contact us about ${T}.`],
  [`The user's data is used ${T}.`, `The user's data is used ${T}.`],
  // A noun before the role names someone else; a verb before it makes it an object.
  [
    'Team members may choose whether to review your conversations to improve our models.',
    'Team members may choose whether to review your conversations to improve our models.',
  ],
  [
    'Board members may decide whether customer data is used to train our models.',
    'Board members may decide whether customer data is used to train our models.',
  ],
  [
    'Our AI helps customers decide whether to use AI training.',
    'Our AI helps customers decide whether to use AI training.',
  ],
  // A choice about something else, in a clause of its own before the training.
  [
    'Users can choose whether to receive newsletters, and we use their conversations to improve our models.',
    'Users can choose whether to receive newsletters, and we use their conversations to improve our models.',
  ],
  [
    'If a user chooses to delete a post, we may still use it to train our models.',
    'If a user chooses to delete a post, we may still use it to train our models.',
  ],
  [
    'Users may object, but we still use their content to train our models.',
    'Users may object, but we still use their content to train our models.',
  ],
  [
    'Each member may decide whether to join a group; we use group posts to train our models.',
    'Each member may decide whether to join a group; we use group posts to train our models.',
  ],
  [
    'The Customer may object to a new Subprocessor, and Acme may use Customer Data to train its models.',
    'The Customer may object to a new Subprocessor, and Acme may use Customer Data to train its models.',
  ],
  // Leaving as the only way to choose (GUIDE C1, D8).
  [
    'Customer may object to the use of Customer Data to train models by terminating the Agreement.',
    'Customer may object to the use of Customer Data to train models by terminating the Agreement.',
  ],
  // A choice with no training or AI word in its clause.
  ['If the user opts out, we stop.', 'If the user opts out, we stop.'],
  // The reader's choice by its role's possessive.
  [`subject to users' settings we use posts ${T}`, `subject to   your settings we use posts ${T}`],
  [`with the Customer's consent we use posts ${T}`, `with ${' '.repeat(10)}your consent we use posts ${T}`],
  [`subject to other users' settings we use posts ${T}`, `subject to other users' settings we use posts ${T}`],
  ["subject to users' settings", "subject to users' settings"],
  [`We allow users to opt out of ${T}.`, `We allow users to opt out of ${T}.`],
  [`users who opt out of ${T}`, `users who opt out of ${T}`],
];

describe('readerAsYou', () => {
  it.each(CASES)('%s', (text, expected) => {
    const out = readerAsYou(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });
});
