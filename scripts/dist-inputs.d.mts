/** Types of dist-inputs.mjs (plain JavaScript so scripts/build.mjs can import it without tsx). */
export declare const STAMP: string
export declare function distInputFiles(root: string): string[]
export declare function distInputsHash(root: string): string
export declare function stampText(root: string): string
