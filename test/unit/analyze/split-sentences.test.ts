import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/analyze/split-sentences';

const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['We collect data, e.g. your name. We share it.', ['We collect data, e.g. your name.', 'We share it.']],
    ['Zoom Video Communications, Inc. is in the U.S. It is big.', ['Zoom Video Communications, Inc. is in the U.S. It is big.']],
    ['See § 10.2 above. Then stop.', ['See § 10.2 above.', 'Then stop.']],
    ['Refer to No. 5 of the list. Done!', ['Refer to No. 5 of the list.', 'Done!']],
    ['Use it, i.e. the Service. Thanks.', ['Use it, i.e. the Service.', 'Thanks.']],
    ['First one? Second one! "Third one."', ['First one?', 'Second one!', '"Third one."']],
    ['version 2.0 is out. ok lower case follows. Next.', ['version 2.0 is out. ok lower case follows.', 'Next.']],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
