/** The part of sm-crypto the package uses (the library ships no type declarations; it is CommonJS, so default-imported). */
declare module 'sm-crypto' {
  const smCrypto: {
    /** SM3 (GB/T 32905-2016) of a UTF-8 string or of bytes, as 64 lowercase hex digits. */
    sm3: (input: string | Uint8Array | number[]) => string;
  };
  export default smCrypto;
}
