#!/usr/bin/env node
/**
 * Draws the add-in's icons (16, 32, 64, 80 px PNG) without ImageMagick: a document page with a
 * folded corner and three report bars in Stockholm blue, encoded with Node's zlib. Run it after
 * changing the drawing; the PNGs are committed so a build needs nothing but Node.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
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

/** Encodes RGBA pixels (Uint8Array, width*height*4) as a PNG. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BLUE = [0, 94, 165];
const PAPER = [255, 255, 255];
const EDGE = [96, 96, 96];
const BAR = [0, 120, 212];
const ACCENT = [16, 124, 16];

/** Coverage-sampled drawing in a 0..1 coordinate space so every size looks the same. */
function draw(size) {
  const px = new Uint8Array(size * size * 4);
  const S = 4; // supersampling per axis
  const shape = (x, y) => {
    // page: x 0.18..0.82, y 0.08..0.92, folded corner 0.16 at top right
    const fold = 0.2;
    const inPage =
      x >= 0.16 &&
      x <= 0.84 &&
      y >= 0.06 &&
      y <= 0.94 &&
      !(x > 0.84 - fold && y < 0.06 + fold && x - (0.84 - fold) > y - 0.06);
    if (!inPage) return null;
    const border = 0.045;
    const inner = x >= 0.16 + border && x <= 0.84 - border && y >= 0.06 + border && y <= 0.94 - border;
    if (
      x > 0.84 - fold &&
      y < 0.06 + fold &&
      x - (0.84 - fold) <= y - 0.06 &&
      x - (0.84 - fold) > y - 0.06 - border * 1.4
    )
      return EDGE;
    if (!inner) return EDGE;
    // three bars of a chart, the last one green ("uppfyllt")
    const bars = [
      [0.28, 0.4, 0.6],
      [0.44, 0.56, 0.45],
      [0.6, 0.72, 0.32],
    ];
    for (let i = 0; i < bars.length; i++) {
      const [x0, x1, top] = bars[i];
      if (x >= x0 && x <= x1 && y >= top && y <= 0.8) return i === 2 ? ACCENT : BAR;
    }
    if (y >= 0.2 && y <= 0.26 && x >= 0.28 && x <= 0.6) return BLUE;
    return PAPER;
  };
  for (let py = 0; py < size; py++) {
    for (let pxx = 0; pxx < size; pxx++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = shape((pxx + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const i = (py * size + pxx) * 4;
      if (a) {
        px[i] = r / a;
        px[i + 1] = g / a;
        px[i + 2] = b / a;
        px[i + 3] = (255 * a) / (S * S);
      }
    }
  }
  return px;
}

function main() {
  const out = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(out, { recursive: true });
  for (const size of [16, 32, 64, 80, 128]) {
    const file = path.join(out, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, draw(size)));
    console.log(`Skrev ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();
module.exports = { encodePng, draw };
