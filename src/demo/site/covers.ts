// Abstract cover pictures for demo articles: a soft diagonal gradient between two colours, drawn
// as SVG and rasterized to PNG in memory, then taken in like any upload (importImage), so the
// demo's covers go through the same resizing and encoding as an editor's.
import sharp from 'sharp';

/** Pairs of colours; each alt text in the articles describes its pair. */
export const coverPalettes: readonly (readonly [string, string])[] = [
  ['#1d4e89', '#f28c38'],
  ['#0b3c5d', '#3fc1c9'],
  ['#5f3c8f', '#f7c6d9'],
];

/** Small: encoding dominates the demo's loading time, and a gradient scales up unharmed. */
const width = 640;
const height = 320;

export async function drawCover(palette: number): Promise<Buffer> {
  const colours = coverPalettes[palette];
  if (!colours) throw new Error(`There is no cover palette ${palette}.`);
  const [from, to] = colours;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <circle cx="${width * 0.72}" cy="${height * 0.38}" r="${height * 0.3}" fill="${to}" fill-opacity="0.35"/>
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
