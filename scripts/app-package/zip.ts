import JSZip from 'jszip';

export interface PackageEntry {
  /** File name at the zip root. */
  name: string;
  data: Buffer | string;
}

// A fixed timestamp makes the zip depend only on its contents, so two builds
// from the same inputs are byte-identical and easy to compare.
const FIXED_DATE = new Date('2024-01-01T00:00:00Z');

/**
 * Teams reads manifest.json and the files it names from the zip root, so every
 * entry must be a bare file name: a folder would make Teams report the icon as
 * missing.
 */
export async function buildAppPackage(manifest: unknown, files: readonly PackageEntry[]): Promise<Buffer> {
  const zip = new JSZip();
  const seen = new Set<string>(['manifest.json']);
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: FIXED_DATE });
  for (const { name, data } of files) {
    if (!isRootFileName(name)) throw new Error(`Package entry "${name}" must be a file name at the zip root.`);
    if (seen.has(name)) throw new Error(`Package entry "${name}" is listed twice.`);
    seen.add(name);
    zip.file(name, data, { date: FIXED_DATE });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

export function isRootFileName(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) && !name.includes('..');
}
