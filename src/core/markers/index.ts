export * from "./shapes";
export * from "./parse";
export * from "./headingLike";
