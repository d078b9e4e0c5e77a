// Drives the assistant hub with the official @microsoft/signalr client, as the side panel does.
// Usage: node hub-client.mjs <baseUrl> <cookie or ""> <method> <json argument>
// Prints one JSON line per streamed item (or the invocation result), then {"done":true} or {"error":"..."}.
import { createRequire } from "node:module";
const require = createRequire(process.env.SIGNALR_MODULE_DIR + "/");
const signalR = require("@microsoft/signalr");

const [baseUrl, cookie, method, argument] = process.argv.slice(2);
const connection = new signalR.HubConnectionBuilder()
  .withUrl(`${baseUrl}/hubs/assistant`, { headers: cookie ? { Cookie: cookie } : {}, transport: signalR.HttpTransportType.WebSockets, skipNegotiation: false })
  .configureLogging(signalR.LogLevel.None)
  .build();

const print = (value) => process.stdout.write(JSON.stringify(value) + "\n");
try {
  await connection.start();
  const arg = JSON.parse(argument);
  if (method === "Ask") {
    await new Promise((resolve) => {
      connection.stream("Ask", arg).subscribe({
        next: print,
        complete: () => { print({ done: true }); resolve(); },
        error: (e) => { print({ error: String(e.message || e) }); resolve(); },
      });
    });
  } else {
    print(await connection.invoke(method, arg));
    print({ done: true });
  }
} catch (e) {
  print({ error: String(e.message || e) });
} finally {
  await connection.stop().catch(() => {});
}
