// Load on the assistant hub with the official @microsoft/signalr client.
// Opens CONNECTIONS signed-in WebSocket connections and holds them; ASKERS of them ask QUESTIONS questions
// each, with think time between, concurrently. Reports the server's own time per question (retrieval,
// answer building, citation checks; from the final "completed" record), the time the client saw, and
// whether every connection was still open at the end. Bounded: stops by itself.
import { createRequire } from "node:module";
const require = createRequire(process.env.SIGNALR_MODULE_DIR + "/");
const signalR = require("@microsoft/signalr");

const [baseUrl, cookie, connectionsArg = "1000", askersArg = "100", questionsArg = "5", thinkArg = "1000"] = process.argv.slice(2);
const CONNECTIONS = Number(connectionsArg), ASKERS = Number(askersArg), QUESTIONS = Number(questionsArg), THINK_MS = Number(thinkArg);
const questions = [
  "Is there a property limit for one person?",
  "How long does the county have to decide an application?",
  "What is the monthly income limit for a household of three?",
  "How many days before a discontinuance must the notice be sent?",
  "How long does a beneficiary have to ask for a fair hearing?",
  "Is the home counted as property?",
  "Which income is not counted?",
  "When do renewal reminders go out?",
];
const percentile = (values, p) => { const s = [...values].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * p) - 1)] : NaN; };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const connections = [];
const opened = Date.now();
for (let i = 0; i < CONNECTIONS; i += 50) {
  const batch = [];
  for (let j = i; j < Math.min(CONNECTIONS, i + 50); j++) {
    const c = new signalR.HubConnectionBuilder()
      .withUrl(`${baseUrl}/hubs/assistant`, { headers: { Cookie: cookie }, transport: signalR.HttpTransportType.WebSockets })
      .configureLogging(signalR.LogLevel.None).build();
    connections.push(c);
    batch.push(c.start());
  }
  await Promise.all(batch);
}
const openSeconds = (Date.now() - opened) / 1000;

const server = [], client = [], failures = [];
// Warm-up (JIT, first index build): 20 questions on one connection, not counted.
for (let i = 0; i < 20; i++) {
  await new Promise((resolve) => connections[0].stream("Ask", { question: questions[i % questions.length], asOf: "2026-02-01" }).subscribe({ next: () => {}, complete: resolve, error: resolve }));
}
async function asker(index) {
  const c = connections[index];
  for (let q = 0; q < QUESTIONS; q++) {
    await sleep(Math.random() * THINK_MS);
    const started = performance.now();
    const question = questions[(index + q) % questions.length];
    await new Promise((resolve) => {
      c.stream("Ask", { question, asOf: "2026-02-01" }).subscribe({
        next: (e) => { if (e.type === "completed") server.push(e.serverMilliseconds); if (e.type === "failed") failures.push(e.message); },
        complete: () => { client.push(performance.now() - started); resolve(); },
        error: (e) => { failures.push(String(e)); resolve(); },
      });
    });
  }
}
const load = Date.now();
await Promise.all(Array.from({ length: Math.min(ASKERS, CONNECTIONS) }, (_, i) => asker(i)));
const loadSeconds = (Date.now() - load) / 1000;
const stillOpen = connections.filter((c) => c.state === signalR.HubConnectionState.Connected).length;
await Promise.all(connections.map((c) => c.stop().catch(() => {})));

console.log(JSON.stringify({
  connections: CONNECTIONS, connectionsStillOpen: stillOpen, secondsToOpen: openSeconds,
  askers: ASKERS, questions: server.length, failures: failures.length, questionsPerSecond: +(server.length / loadSeconds).toFixed(1),
  serverMs: { p50: percentile(server, 0.5), p95: percentile(server, 0.95), max: Math.max(...server) },
  clientMs: { p50: +percentile(client, 0.5).toFixed(1), p95: +percentile(client, 0.95).toFixed(1) },
}, null, 2));
