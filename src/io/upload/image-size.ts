/**
 * Width and height of a PNG (IHDR, the first chunk) or a JPEG (the first SOFn frame header),
 * read from the headers without decoding pixels — enough to refuse decompression bombs
 * (a few kilobytes that a viewer would expand to gigabytes of pixels).
 */

/** Pixels across and down. */
export type ImageSize = { width: number; height: number };

/**
 * @returns the size, or null when the header cannot be found
 * @example imageSize(pngBytes, 'png') // { width: 800, height: 600 }
 */
export function imageSize(bytes: Uint8Array, kind: 'png' | 'jpeg'): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return kind === 'png' ? pngSize(view) : jpegSize(view);
}

function pngSize(view: DataView): ImageSize | null {
  // Signature (8), chunk length (4), "IHDR" (4), width (4), height (4).
  if (view.byteLength < 24 || view.getUint32(12) !== 0x49484452) {
    return null;
  }
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
const isFrameMarker = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegSize(view: DataView): ImageSize | null {
  let offset = 2;
  while (offset + 4 <= view.byteLength) {
    if (view.getUint8(offset) !== 0xff) {
      return null;
    }
    const marker = view.getUint8(offset + 1);
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2; // markers without a length
      continue;
    }
    const length = view.getUint16(offset + 2);
    if (isFrameMarker(marker)) {
      return offset + 9 <= view.byteLength
        ? { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) }
        : null;
    }
    if (marker === 0xd9 || marker === 0xda || length < 2) {
      return null; // end of image or scan data before any frame header
    }
    offset += 2 + length;
  }
  return null;
}
