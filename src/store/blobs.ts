// Content-addressed bytes (response bodies, screenshots, downloads): the same bytes are stored
// once, whatever visit brought them.
import { brotliCompressSync, brotliDecompressSync, constants as zc } from 'node:zlib';
import type { Blob } from '../model.ts';
import type { Connection } from './connection.ts';

// PNG screenshots and archives gain nothing from compression, so they are kept as they are.
const INCOMPRESSIBLE = /^(image\/(png|jpe?g|gif|webp)|application\/(zip|gzip|x-gzip|octet-stream|x-7z))/;

export class BlobsRoom {
  constructor(private readonly conn: Connection) {}

  /** Inside the caller's transaction. */
  put(b: Blob): void {
    if (this.conn.stmt('SELECT 1 FROM blobs WHERE sha256 = ?').get(b.sha256)) return;
    // Brotli at a low quality: bodies are mostly HTML and compress 5-10x at little CPU cost.
    const compressible = !INCOMPRESSIBLE.test(b.mime ?? '');
    const data = compressible
      ? brotliCompressSync(b.data, { params: { [zc.BROTLI_PARAM_QUALITY]: 4, [zc.BROTLI_PARAM_SIZE_HINT]: b.data.length } })
      : b.data;
    this.conn
      .stmt('INSERT INTO blobs (sha256, size, mime, compression, data) VALUES (?,?,?,?,?)')
      .run(b.sha256, b.data.length, b.mime, compressible ? 'br' : 'none', data);
  }

  get(hash: string): Buffer | null {
    const r = this.conn.stmt('SELECT compression, data FROM blobs WHERE sha256 = ?').get(hash) as
      | { compression: string; data: Buffer }
      | undefined;
    if (!r) return null;
    return r.compression === 'br' ? brotliDecompressSync(r.data) : r.data;
  }
}
