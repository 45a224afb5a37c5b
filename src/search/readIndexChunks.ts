/**
 * Reads which words each chunk of a written Pagefind index holds, from its
 * `pagefind.*.pf_meta` file (gzip, the `pagefind_dcd` signature, then CBOR:
 * `[version, pages, index_chunks: [[from, to, hash]…], …]`). Only the few CBOR
 * forms that file uses are decoded.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexChunk {
  /** First and last word the chunk holds. */
  from: string;
  to: string;
  /** The hash naming its file, `index/<language>_<hash>.pf_index`. */
  hash: string;
}

const SIGNATURE = 'pagefind_dcd';

/** The chunks of the index in `dir`, in word order. */
export async function readIndexChunks(dir: string): Promise<IndexChunk[]> {
  const metaFile = (await readdir(dir)).find((name) => name.endsWith('.pf_meta'));
  if (!metaFile) throw new Error(`search index: no .pf_meta file in ${dir}`);
  const bytes = gunzipSync(await readFile(join(dir, metaFile)));
  if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`search index: ${metaFile} is not a Pagefind meta file`);
  const meta = decodeCbor(bytes, SIGNATURE.length).value;
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks)) throw new Error(`search index: ${metaFile} has no chunk list`);
  return chunks.map((chunk) => {
    const [from, to, hash] = Array.isArray(chunk) ? chunk : [];
    if (typeof from !== 'string' || typeof to !== 'string' || typeof hash !== 'string') throw new Error(`search index: ${metaFile} has a malformed chunk`);
    return { from, to, hash };
  });
}

type Cbor = number | string | Uint8Array | boolean | null | Cbor[] | Map<Cbor, Cbor>;

/** Decodes the CBOR item at `at`: unsigned integers, byte and text strings, arrays, maps and simple values. */
function decodeCbor(bytes: Buffer, at: number): { value: Cbor; next: number } {
  const head = bytes[at] ?? 0;
  const major = head >> 5;
  const info = head & 0x1f;
  let next = at + 1;
  let argument = info;
  if (info >= 24 && info <= 27) {
    const size = 1 << (info - 24);
    argument = Number(size === 8 ? bytes.readBigUInt64BE(next) : bytes.readUIntBE(next, size));
    next += size;
  } else if (info > 27) {
    throw new Error(`search index: unsupported CBOR item ${head} at byte ${at}`);
  }
  switch (major) {
    case 0:
      return { value: argument, next };
    case 2:
      return { value: bytes.subarray(next, next + argument), next: next + argument };
    case 3:
      return { value: bytes.toString('utf8', next, next + argument), next: next + argument };
    case 4: {
      const items: Cbor[] = [];
      for (let index = 0; index < argument; index++) {
        const item = decodeCbor(bytes, next);
        items.push(item.value);
        next = item.next;
      }
      return { value: items, next };
    }
    case 5: {
      const map = new Map<Cbor, Cbor>();
      for (let index = 0; index < argument; index++) {
        const key = decodeCbor(bytes, next);
        const value = decodeCbor(bytes, key.next);
        map.set(key.value, value.value);
        next = value.next;
      }
      return { value: map, next };
    }
    case 7:
      return { value: info === 20 ? false : info === 21 ? true : null, next };
    default:
      throw new Error(`search index: unsupported CBOR major type ${major} at byte ${at}`);
  }
}
