/**
 * Uses the SDK only through its published entry points: the package root, `core.js`, one
 * standalone function, and a models subpath. Prints one JSON line for the test to check.
 * The server URL comes from the first argument.
 */
import { ClerkBackendApi, errors, type components, type RequestOptions } from "@clerk/backend-api-client";
import { ClerkBackendApiCore } from "@clerk/backend-api-client/core.js";
import { usersGet } from "@clerk/backend-api-client/funcs/usersGet.js";
import type { User } from "@clerk/backend-api-client/models/components";

// The SDK needs no Node types; this script only reads its argument.
declare const process: { argv: string[] };

const serverURL = process.argv[2] ?? "http://127.0.0.1:1";
const options: RequestOptions = { timeoutMs: 5000 };

async function main(): Promise<void> {
  const sdk = new ClerkBackendApi({ serverURL, bearerAuth: "sk_test_consumer", retries: { strategy: "none" } });
  const user: components.User = await sdk.users.get("user_id-x", options);

  const core = new ClerkBackendApiCore({ serverURL, bearerAuth: async () => "sk_test_consumer" });
  const res = await usersGet(core, "user_id-x");
  const fromFunction: User | undefined = res.ok ? res.value : undefined;

  let caught = "none";
  try {
    await sdk.users.get("no-such-user");
  } catch (error) {
    if (error instanceof errors.ClerkErrors) caught = `ClerkErrors ${error.statusCode}`;
    else if (error instanceof errors.ClerkAPIError) caught = `ClerkAPIError ${error.statusCode}`;
    else if (error instanceof errors.SDKError) caught = error.name;
  }
  console.log(JSON.stringify({ id: user.id, createdAt: typeof user.createdAt, fromFunction: fromFunction?.id, caught }));
}

await main();
