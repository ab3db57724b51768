// Real image files for tests, made with sharp: photographs with camera metadata (a GPS position,
// a maker, an orientation), images with transparency, and files that only pretend to be images.
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** The camera maker written into test photographs, to look for in what we store. */
export const testCameraMaker = 'TracktwoTestCamera';

/**
 * A JPEG `width`×`height` as stored, top half red and bottom half blue, with EXIF naming a camera
 * and a GPS position; `orientation` 6 means "turn 90° clockwise to view", as phones write it.
 */
export async function testPhoto(options: {
  width: number;
  height: number;
  orientation?: number;
}): Promise<Buffer> {
  const { width, height } = options;
  const half = Math.floor(height / 2);
  const pixels = Buffer.alloc(width * height * 3);
  for (let row = 0; row < height; row++) {
    const colour = row < half ? [255, 0, 0] : [0, 0, 255];
    for (let column = 0; column < width; column++) pixels.set(colour, (row * width + column) * 3);
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: options.orientation ?? 1 })
    .withExif({
      IFD0: { Make: testCameraMaker, Model: 'Field Unit 1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '55/1 45/1 2100/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '37/1 37/1 1800/100',
      },
    })
    .toBuffer();
}

/** A PNG with a transparent half. */
export function testTransparentPng(width: number, height: number): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 0.5 } },
  })
    .png()
    .toBuffer();
}

/** A two-frame animated GIF: a red frame, then a blue one. */
export async function testAnimatedGif(width: number, height: number): Promise<Buffer> {
  const frame = (colour: string) =>
    sharp({ create: { width, height, channels: 3, background: colour } })
      .png()
      .toBuffer();
  return sharp([await frame('#ff0000'), await frame('#0000ff')], { join: { animated: true } })
    .gif()
    .toBuffer();
}

/** A few bytes of PNG that claim a `side`×`side` image: a decompression bomb's header. */
export function testPngClaiming(side: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bits per sample; colour type 0 (grey) and the rest stay 0
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(side + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const testSvgWithScript = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">' +
    '<script>fetch("/edit/media")</script><rect width="40" height="40"/></svg>',
);
