// Regenerates manifest/color.png and manifest/outline.png. The PNGs are
// committed; run this only when the drawing in app-package/icons.ts changes:
//   npm run build && node dist/scripts/make-icons.js
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeIcon, renderColorIcon, renderOutlineIcon } from './app-package/icons.js';
import { manifestDir } from './app-package/paths.js';

const dir = manifestDir();
const outputs = [
  { file: join(dir, 'color.png'), bytes: encodeIcon(renderColorIcon(), true) },
  { file: join(dir, 'outline.png'), bytes: encodeIcon(renderOutlineIcon(), false) },
];
for (const { file, bytes } of outputs) {
  await writeFile(file, bytes);
  console.log(`Wrote ${file} (${bytes.length} bytes)`);
}
