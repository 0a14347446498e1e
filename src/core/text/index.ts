/** Chinese text helpers: numerals, width, spaces, sentence boundaries. Pure and dependency-free. */
export * from "./numerals";
export * from "./width";
export * from "./spaces";
export * from "./sentences";
export * from "./surrogates";
export * from "./charClass";
