// Drives the assistant hub with the official @microsoft/signalr client, as the side panel does.
// Usage: node hub-client.mjs <baseUrl> <cookie or ""> '<json array of {method, arg, stream}>'
// All calls share one connection. Prints one JSON line per call: {method, items|result|error}.
// A call {signOut: true} signs the cookie's session out over HTTP in between, and prints {signOut: status}.
import { createRequire } from "node:module";
const require = createRequire(process.env.SIGNALR_MODULE_DIR + "/");
const signalR = require("@microsoft/signalr");

const [baseUrl, cookie, callsJson] = process.argv.slice(2);
const print = (value) => process.stdout.write(JSON.stringify(value) + "\n");
const connection = new signalR.HubConnectionBuilder()
  .withUrl(`${baseUrl}/hubs/assistant`, { headers: cookie ? { Cookie: cookie } : {}, transport: signalR.HttpTransportType.WebSockets })
  .configureLogging(signalR.LogLevel.None)
  .build();

try {
  await connection.start();
} catch (e) {
  print({ connect: String(e.message || e) });
  process.exit(0);
}

for (const call of JSON.parse(callsJson)) {
  try {
    if (call.signOut) {
      const response = await fetch(`${baseUrl}/auth/sign-out`, { method: "POST", headers: { Cookie: cookie, "X-Requested-With": "panel" } });
      // Give the server a moment to close the connection opened with that session.
      await new Promise((resolve) => setTimeout(resolve, 300));
      print({ signOut: response.status, state: connection.state });
    } else if (call.stream) {
      const items = await new Promise((resolve, reject) => {
        const seen = [];
        connection.stream(call.method, call.arg).subscribe({ next: (i) => seen.push(i), complete: () => resolve(seen), error: reject });
      });
      print({ method: call.method, items });
    } else {
      const result = call.arg === null || call.arg === undefined ? await connection.invoke(call.method) : await connection.invoke(call.method, call.arg);
      print({ method: call.method, result });
    }
  } catch (e) {
    print({ method: call.method, error: String(e.message || e) });
  }
}
await connection.stop().catch(() => {});
