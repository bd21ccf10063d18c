/**
 * Draws the app icons (the favicon's key-and-ring, original artwork, CC0) as PNG files for the web
 * app manifest: no image library, just distance fields and zlib. Run: node scripts/icons.mjs
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BG = [0x0e, 0x17, 0x26];
const RING = [0x3f, 0xb5, 0x9a];
const KEY = [0xe0, 0xa9, 0x3b];

/** Distance from p to the segment a–b. */
function segment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour of a point in the 64-unit design (the favicon's coordinates), with coverage 0–1. */
function shade(x, y, rounded, scale) {
  // Edges are smoothed over one pixel: distances are in design units, `scale` units per pixel.
  const inside = (d) => Math.max(0, Math.min(1, 0.5 - d / scale));
  let colour = [...BG];
  let alpha = 1;
  if (rounded) {
    const r = 14;
    const cx = Math.max(r, Math.min(64 - r, x));
    const cy = Math.max(r, Math.min(64 - r, y));
    alpha = inside(Math.hypot(x - cx, y - cy) - r);
  }
  const mix = (c, a) => (colour = colour.map((v, i) => v + (c[i] - v) * a));
  mix(RING, inside(Math.abs(Math.hypot(x - 24, y - 32) - 11) - 3));
  const key = Math.min(
    segment(x, y, 35, 32, 55, 32),
    segment(x, y, 47, 32, 47, 40),
    segment(x, y, 53, 32, 53, 38),
  );
  mix(KEY, inside(key - 3));
  return [...colour, alpha * 255];
}

function png(size, { maskable }) {
  // Maskable icons keep the drawing inside the central 80 % safe zone on a full-bleed background.
  const scale = maskable ? 64 / (size * 0.8) : 64 / size;
  const offset = maskable ? size * 0.1 : 0;
  const rows = [];
  for (let py = 0; py < size; py += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px += 1) {
      // Four samples per pixel for smooth edges.
      const acc = [0, 0, 0, 0];
      for (const [sx, sy] of [
        [0.25, 0.25],
        [0.75, 0.25],
        [0.25, 0.75],
        [0.75, 0.75],
      ]) {
        const x = (px + sx - offset) * scale;
        const y = (py + sy - offset) * scale;
        const c =
          maskable && (x < 0 || y < 0 || x > 64 || y > 64)
            ? [...BG, 255]
            : shade(x, y, !maskable, scale);
        c.forEach((v, i) => (acc[i] += v / 4));
      }
      acc.forEach((v, i) => (row[1 + px * 4 + i] = Math.round(v)));
    }
    rows.push(row);
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
]) {
  writeFileSync(`public/icons/${name}`, png(size, { maskable }));
  console.log(`public/icons/${name}`);
}
