/**
 * Zip container access (fflate), with the checks that keep a hostile file from exhausting memory.
 * Declared sizes come from the central directory and are checked before anything is inflated;
 * fflate inflates into a buffer of the declared size, so an entry that lies about its size cannot
 * grow past it, and the real sizes are checked again afterwards.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { DocxError } from './errors';

export interface ZipLimits {
  /** Total uncompressed bytes over all entries. */
  maxTotalSize: number;
  maxEntries: number;
  /** Largest uncompressed/compressed ratio accepted for an entry bigger than `ratioFloor`. */
  maxRatio: number;
  ratioFloor: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxTotalSize: 256 * 1024 * 1024,
  maxEntries: 10_000,
  maxRatio: 1000,
  ratioFloor: 1024 * 1024,
};

export interface ZipArchive {
  /** Entry name → uncompressed bytes, in the archive's order. */
  entries: Map<string, Uint8Array>;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

/** Finds an ASCII name written as UTF-16LE, as OLE directory entries store stream names. */
function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const limit = bytes.length - name.length * 2;
  outer: for (let i = 0; i <= limit; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

function classifyOle(bytes: Uint8Array): DocxError {
  // Word keeps an encrypted .docx inside an OLE file with these streams; a .doc has WordDocument.
  if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) {
    return new DocxError('encrypted');
  }
  if (containsUtf16(bytes, 'WordDocument')) return new DocxError('legacyDoc');
  return new DocxError('oleDocument');
}

export function readZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): ZipArchive {
  if (startsWith(bytes, OLE_SIGNATURE)) throw classifyOle(bytes);
  const isZip =
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
  if (!isZip) throw new DocxError('notZip');

  let count = 0;
  let declaredTotal = 0;
  const declared = new Map<string, number>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        count++;
        declaredTotal += file.originalSize;
        if (count > limits.maxEntries) throw new DocxError('tooLarge', `more than ${limits.maxEntries} entries`);
        if (declaredTotal > limits.maxTotalSize) throw new DocxError('tooLarge', `declared total ${declaredTotal}`);
        if (file.originalSize > limits.ratioFloor && file.originalSize > file.size * limits.maxRatio) {
          throw new DocxError('tooLarge', `entry ${file.name} ratio ${file.originalSize}/${file.size}`);
        }
        declared.set(file.name, file.originalSize);
        return !file.name.endsWith('/');
      },
    });
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError('damagedZip', e instanceof Error ? e.message : String(e));
  }

  let actualTotal = 0;
  const entries = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    actualTotal += data.length;
    if (data.length > (declared.get(name) ?? 0) || actualTotal > limits.maxTotalSize) {
      throw new DocxError('tooLarge', `entry ${name} inflated to ${data.length}`);
    }
    entries.set(name, data);
  }
  return { entries };
}

/** Writes entries in the given order; content is stored exactly as given. */
export function writeZip(entries: Map<string, Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of entries) {
    // Already-compressed media gains nothing from deflate.
    const stored = /\.(png|jpe?g|gif|emf|wmf|zip|bin)$/i.test(name);
    files[name] = [data, { level: stored ? 0 : 6 }];
  }
  return zipSync(files);
}
