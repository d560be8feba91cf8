// pngjs 7 ships no type declarations and @types/pngjs is not a dependency,
// so this declares just the sync API the icon script and tests use.
// Delete this file if @types/pngjs is ever added.
declare module 'pngjs' {
  interface PngOptions {
    width?: number;
    height?: number;
    fill?: boolean;
  }

  interface PngWriteOptions {
    /** 0 grey, 2 RGB, 4 grey+alpha, 6 RGBA. */
    colorType?: 0 | 2 | 4 | 6;
    inputHasAlpha?: boolean;
  }

  interface PngReadOptions {
    checkCRC?: boolean;
  }

  export class PNG {
    constructor(options?: PngOptions);
    width: number;
    height: number;
    /** RGBA, 4 bytes a pixel, row by row. */
    data: Buffer;
    static sync: {
      read(buffer: Buffer, options?: PngReadOptions): PNG;
      write(png: PNG, options?: PngWriteOptions): Buffer;
    };
  }
}
