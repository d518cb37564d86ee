// Preloaded into every Node process of the test build through NODE_OPTIONS (see build-site.ts): any connection
// to a host other than loopback is refused and written to BOORDTABEL_NETWORK_LOG, so the test can prove the
// build asked the network nothing. Each process also writes that it loaded, so the test can prove the
// recorder ran at all: a recorder that never loads would let "asks the network nothing" pass for ever.
// Plain JavaScript, not TypeScript: loading tsx through NODE_OPTIONS as well would register it twice in the
// processes that already start with --import tsx (Framework's), and that build hangs.
import {appendFileSync} from "node:fs";
import net from "node:net";
import process from "node:process";

const log = process.env.BOORDTABEL_NETWORK_LOG;
const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

function record(line) {
  if (log) appendFileSync(log, `${line}\n`);
}

function refusal(target) {
  record(`refused ${process.pid} ${target}`);
  const error = new Error(`network refused in test build: ${target}`);
  error.code = "ECONNREFUSED";
  return error;
}

record(`loaded ${process.pid} ${process.argv.slice(1, 3).join(" ")}`);

// fetch first: it names the whole address (undici would otherwise only show the socket below).
const {Request, URL} = globalThis;
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!loopback.test(url.hostname.replace(/^\[|\]$/g, ""))) return Promise.reject(refusal(url.href));
  return realFetch(input, init);
};

// Every TCP connection (http, https, undici, raw sockets) goes through net.Socket#connect. Unix sockets and
// pipes (a path, no host) are local and pass.
const realConnect = net.Socket.prototype.connect;
function patchedConnect(...args) {
  const [first, second] = args;
  const options = Array.isArray(first) ? first[0] : first;
  const host = typeof options === "object" ? options.host : typeof second === "string" ? second : "localhost";
  const path = typeof options === "object" ? options.path : undefined;
  if (!path && host && !loopback.test(host.replace(/^\[|\]$/g, ""))) {
    const port = typeof options === "object" ? options.port : options;
    const error = refusal(`tcp://${host}:${port}`);
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return Reflect.apply(realConnect, this, args);
}
Object.assign(net.Socket.prototype, {connect: patchedConnect});
