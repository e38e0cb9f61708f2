// yieldToPage must give the event loop a turn (a task), not just a microtask: a long run of slices that only awaited
// microtasks would still block the page.
import { expect, it } from 'vitest';
import { yieldToPage } from '../../../src/core/yield-to-page';

it('lets a task queued before it run, where awaiting microtasks never would', async () => {
  let otherTaskRan = false;
  setImmediate(() => {
    otherTaskRan = true;
  });
  for (let i = 0; i < 1000 && !otherTaskRan; i++) await Promise.resolve();
  expect(otherTaskRan).toBe(false); // the control: microtasks alone never let it run
  // Node may deliver a batch of port messages in one turn, so allow a bounded number of pauses.
  let pauses = 0;
  while (!otherTaskRan && pauses < 5000) {
    await yieldToPage();
    pauses++;
  }
  expect(otherTaskRan).toBe(true);
});

it('resolves every pause, in order, when many are pending at once', async () => {
  const order: number[] = [];
  await Promise.all([0, 1, 2, 3, 4].map((i) => yieldToPage().then(() => order.push(i))));
  expect(order).toEqual([0, 1, 2, 3, 4]);
});
