// Code passed to worker.evaluate()/page.evaluate() runs inside the extension, where `chrome` exists.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
