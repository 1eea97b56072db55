// Draws the add-in's icons (assets/icon-16/32/64/80.png): a teal sheet with a grid and a bold
// check mark. Plain Node (zlib) so the icons are rebuilt without any image tool:
//   node assets/icon-draw.js
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const TEAL = [13, 115, 119];
const TEAL_LIGHT = [120, 190, 188];
const TEAL_DARK = [6, 78, 80];
const WHITE = [255, 255, 255];

function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const CHECK = [
  [0.42, 0.63],
  [0.6, 0.81],
  [0.93, 0.37],
];

/** Colour at a point of the unit square, or null for transparent. */
function paint(x, y, size) {
  let c = null;
  const line = Math.max(0.04, 1 / size); // at least one pixel wide
  if (roundedRect(x, y, 0.05, 0.08, 0.82, 0.88, 0.09)) {
    c = WHITE;
    const inner = roundedRect(x, y, 0.05 + line * 1.5, 0.08 + line * 1.5, 0.82 - line * 1.5, 0.88 - line * 1.5, 0.06);
    if (!inner || y < 0.3) c = TEAL;
    else if (Math.abs(y - 0.5) < line / 2 || Math.abs(y - 0.69) < line / 2 || Math.abs(x - 0.33) < line / 2 || Math.abs(x - 0.57) < line / 2) c = TEAL_LIGHT;
  }
  const d = Math.min(segmentDistance(x, y, CHECK[0], CHECK[1]), segmentDistance(x, y, CHECK[1], CHECK[2]));
  const stroke = size <= 16 ? 0.09 : 0.075;
  if (d < stroke + Math.max(0.05, 1.2 / size)) c = WHITE;
  if (d < stroke) c = TEAL_DARK;
  return c;
}

function render(size) {
  const ss = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = paint((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  for (const size of [16, 32, 64, 80]) {
    const file = path.join(__dirname, `icon-${size}.png`);
    fs.writeFileSync(file, png(size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

module.exports = { png, render };
