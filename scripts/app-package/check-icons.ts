import { PNG } from 'pngjs';

/**
 * The schema only checks that icon paths are strings; Teams rejects the upload
 * later if the files are wrong. These are the documented rules: colour icon
 * 192×192, outline icon 32×32, white on a transparent background.
 */
export function checkColorIcon(name: string, bytes: Buffer): string[] {
  const png = decode(name, bytes);
  if (typeof png === 'string') return [png];
  return png.width === 192 && png.height === 192
    ? []
    : [`${name} must be 192×192 pixels, it is ${png.width}×${png.height}.`];
}

export function checkOutlineIcon(name: string, bytes: Buffer): string[] {
  const png = decode(name, bytes);
  if (typeof png === 'string') return [png];
  if (png.width !== 32 || png.height !== 32) {
    return [`${name} must be 32×32 pixels, it is ${png.width}×${png.height}.`];
  }
  let transparent = 0;
  let coloured = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const alpha = png.data[i + 3] ?? 0;
    if (alpha === 0) transparent++;
    else if (png.data[i] !== 255 || png.data[i + 1] !== 255 || png.data[i + 2] !== 255) coloured++;
  }
  const errors: string[] = [];
  if (transparent === 0) errors.push(`${name} must have a transparent background.`);
  if (coloured > 0) errors.push(`${name} must be white on transparent: ${coloured} pixels have another colour.`);
  return errors;
}

function decode(name: string, bytes: Buffer): PNG | string {
  try {
    return PNG.sync.read(bytes);
  } catch (error) {
    return `${name} is not a readable PNG: ${error instanceof Error ? error.message : String(error)}`;
  }
}
