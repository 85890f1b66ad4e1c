import type { Hooks } from "./types.js";

/*
 * This file is yours: sdkwright writes it only when it is missing, and never overwrites it when
 * the SDK is regenerated. Register your hooks here (the interfaces are in ./types.ts); they run
 * in the order registered, for every instance of the SDK. For example:
 *
 *   hooks.registerBeforeRequestHook(new MyBeforeRequestHook());
 */

export function initHooks(hooks: Hooks) {}
