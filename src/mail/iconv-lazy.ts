// iconv-lite builds a double-byte codec (GBK, Shift_JIS, Big5, EUC-KR…) whole when it is first
// asked for it, encode tables included, and libmime asks for GBK as it loads (it keeps GBK's
// decoder class to recognise every double-byte codec): about 20 ms of CPU at the start of every
// `hoptrace extract` (measured; a CPU profile overstates it tenfold), most of it the Unicode→GBK
// encode table we never use. Imported before mailparser, this makes every double-byte codec a
// stand-in that builds the real one when a decoder or encoder is first made from it, i.e. when a
// message in that charset is met.
//
// libmime compares `codec.decoder` with GBK's to pick its chunking decoder: the stand-ins share one
// decoder class, so every double-byte codec still matches and nothing else does.
import iconv from 'iconv-lite';

type Codec = Record<string, unknown> & { encoder: CodecClass; decoder: CodecClass };
type CodecClass = new (options: unknown, codec: Codec) => unknown;
type CodecDefinition = new (options: Record<string, unknown>, lib: typeof iconv) => Codec;

interface IconvInternals {
  encodings: Record<string, unknown> | null;
  getCodec(name: string): unknown;
}

const lib = iconv as unknown as IconvInternals;

interface LazyCodec {
  encodingName: unknown;
  real(): Codec;
}

function install(): void {
  if (!lib.encodings) lib.getCodec('utf-8'); // loads iconv-lite's table of encodings
  const encodings = lib.encodings;
  const found = encodings?._dbcs as CodecDefinition | undefined;
  // An iconv-lite that no longer works this way is left as it is: slower to start, nothing more.
  if (!encodings || typeof found !== 'function' || (found as { lazy?: boolean }).lazy) return;
  const Dbcs = found;

  function LazyDbcs(this: LazyCodec, options: Record<string, unknown>, owner: typeof iconv) {
    let real: Codec | null = null;
    this.encodingName = options.encodingName;
    this.real = () => (real ??= new Dbcs(options, owner));
  }
  // `new` of a constructor that returns an object yields that object: the real encoder/decoder.
  LazyDbcs.prototype.encoder = function LazyDbcsEncoder(this: unknown, options: unknown, codec: LazyCodec) {
    const real = codec.real();
    return new real.encoder(options, real);
  };
  LazyDbcs.prototype.decoder = function LazyDbcsDecoder(this: unknown, options: unknown, codec: LazyCodec) {
    const real = codec.real();
    return new real.decoder(options, real);
  };
  (LazyDbcs as unknown as { lazy: boolean }).lazy = true;
  encodings._dbcs = LazyDbcs;
}

install();
