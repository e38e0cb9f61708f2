// The site's copyright and trademark footer compares as nothing; a clause that says more than the notice keeps its text.
import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../../src/core/diff';
import { comparableText } from '../../../src/core/normalize/comparable';
import { isTrademarkNotice, withoutCopyrightNotice } from '../../../src/core/normalize/footer-notice';
import { INTRO, snapshot } from '../diff/helpers';

describe('isTrademarkNotice', () => {
  const cases: Array<[string, boolean]> = [
    ['Ubuntu and Canonical are registered trademarks of Canonical Ltd.', true],
    ['Acme and the Acme logo are registered service marks of Acme Corporation.', true],
    [
      'Acme and Roadrunner are registered service marks or trademarks of Acme Services, LLC. and/or its affiliates.',
      true,
    ],
    ['All other marks are the property of their respective owners.', true],
    ['All other trademarks are the property of their respective owners.', true],
    // More than a notice: a duty to print it, two sentences, a licence.
    ['You must include the following statement: “Acme and all related marks are trademarks of Acme, Inc.”', false],
    [
      'Debian is a trademark of Software in the Public Interest, Inc. Windows is a trademark of Microsoft Corporation.',
      false,
    ],
    ['You grant us a licence to use any names that are trademarks of yours in connection with the Services.', false],
    ['All other content is the property of Acme and may not be copied.', false],
  ];
  for (const [text, expected] of cases)
    it(`${text}: ${expected}`, () => expect(isTrademarkNotice(text)).toBe(expected));
});

describe('withoutCopyrightNotice', () => {
  const cases: Array<[string, string]> = [
    ['©2019 Oath Inc. All Rights Reserved.', ''],
    ['© 2025 Acme, Inc.', ''],
    ['©2026 iEntry, Inc. All rights reserved.', ''],
    ['All Rights Reserved - 2018 © CCM BENCHMARK GROUP', ''],
    ['Copyright 2020 Acme Ltd.', ''],
    ['All rights reserved.', ''],
    [
      'Contact a representative for details. © 2021 Acme Services, LLC. All rights reserved.',
      'Contact a representative for details.',
    ],
    // A clause that goes on after the owner's name, or whose "(c)" is a list marker, keeps its text.
    [
      '© 2021 Acme. You may not copy any content of the Services.',
      '© 2021 Acme. You may not copy any content of the Services.',
    ],
    ['Content © its owners, and you may not reproduce it.', 'Content © its owners, and you may not reproduce it.'],
    ['(c) 2000 requests per day are allowed.', '(c) 2000 requests per day are allowed.'],
  ];
  for (const [text, expected] of cases)
    it(`${text} → "${expected}"`, () => expect(withoutCopyrightNotice(text)).toBe(expected));

  it('makes a footer compare as nothing in comparableText', () => {
    const footer = 'Acme and the Acme logo are registered service marks of Acme Corporation. ©2018 Acme Corporation.';
    expect(comparableText(footer)).toBe('');
  });
});

describe('a footer notice removed or changed', () => {
  it('is not reported; a sentence before the notice still is', () => {
    const footer = {
      section: '',
      text: 'Acme and the Acme logo are registered service marks of Acme Corporation. ©2018 Acme Corporation.',
    };
    const call = {
      section: '',
      text: 'Contact an Acme representative for details. © 2021 Acme, LLC. All rights reserved.',
    };
    expect(diffVersions(snapshot([INTRO, footer]), snapshot([INTRO]))).toEqual([]);
    expect(
      diffVersions(
        snapshot([INTRO, call]),
        snapshot([INTRO, { ...call, text: call.text.replace('2021 Acme, LLC', '2022 Acme Holdings, Inc') }]),
      ),
    ).toEqual([]);
    expect(diffVersions(snapshot([INTRO, call]), snapshot([INTRO])).map((c) => c.type)).toEqual(['removed']);
  });
});
