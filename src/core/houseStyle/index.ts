/** 本单位规范: the house style model (see types.ts), its validation, its options for the engine, its verdict lines. */
export * from "./types";
export * from "./catalog";
export * from "./edit";
export * from "./file";
export * from "./messages";
export * from "./summary";
export * from "./toOptions";
export * from "./validate";
