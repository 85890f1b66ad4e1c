export * from "./hooks.js";
export * from "./types.js";
