/** Build-time libraries that ship no types: what src/build/ and its tests use of them. */
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' },
  ): Promise<Buffer>;
}

declare module 'fontverter' {
  export function convert(font: Uint8Array, format: 'sfnt' | 'woff' | 'woff2'): Promise<Buffer>;
}

/** Frictionless Data's library: a package loaded from its descriptor, validated against its profile. */
declare module 'datapackage' {
  interface Resource {
    name: string;
    tabular: boolean;
    /** Every row cast through the Table Schema; rejects on a cell that breaks a type or a constraint. */
    read(options: { keyed: true }): Promise<Array<Record<string, unknown>>>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    readonly resourceNames: string[];
    getResource(name: string): Resource;
  }
}
