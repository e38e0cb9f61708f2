// Draws Termwatch's toolbar/store icon (a page of text with one highlighted line) as PNGs in the sizes stores want.
// Run once after changing the design: `npx tsx scripts/make-icons.ts`. Pure Node (zlib), no image tool needed.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];
type Rgba = [number, number, number, number];

function crc32(buf: Uint8Array): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Colour of the design at unit coordinates (0..1). */
function design(u: number, v: number): Rgba | null {
  const inRoundRect = (x0: number, y0: number, x1: number, y1: number, r: number): boolean => {
    const cx = Math.min(Math.max(u, x0 + r), x1 - r);
    const cy = Math.min(Math.max(v, y0 + r), y1 - r);
    return (u - cx) ** 2 + (v - cy) ** 2 <= r * r && u >= x0 && u <= x1 && v >= y0 && v <= y1;
  };
  if (!inRoundRect(0.02, 0.02, 0.98, 0.98, 0.2)) return null;
  // Text lines on the page; the middle one is highlighted.
  const lines = [0.3, 0.5, 0.7];
  for (const [i, y] of lines.entries()) {
    const right = i === 2 ? 0.6 : 0.8;
    if (i === 1 && inRoundRect(0.14, y - 0.1, 0.86, y + 0.1, 0.05)) {
      if (inRoundRect(0.2, y - 0.045, 0.8, y + 0.045, 0.045)) return [255, 255, 255, 255];
      return [255, 159, 28, 255];
    }
    if (inRoundRect(0.2, y - 0.045, right, y + 0.045, 0.045)) return [255, 255, 255, 255];
  }
  return [59, 47, 201, 255];
}

mkdirSync('assets/icons', { recursive: true });
for (const size of SIZES) {
  const ss = 4; // supersampling for smooth edges
  const png = encodePng(size, (x, y) => {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let i = 0; i < ss; i++)
      for (let j = 0; j < ss; j++) {
        const c = design((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size);
        if (c) {
          r += c[0];
          g += c[1];
          b += c[2];
          a += c[3];
        }
      }
    const n = ss * ss;
    const alpha = a / n;
    return alpha === 0
      ? [0, 0, 0, 0]
      : [
          Math.round(((r / n) * 255) / alpha),
          Math.round(((g / n) * 255) / alpha),
          Math.round(((b / n) * 255) / alpha),
          Math.round(alpha),
        ];
  });
  writeFileSync(`assets/icons/icon-${size}.png`, png);
}
console.log(`wrote assets/icons/icon-{${SIZES.join(',')}}.png`);
