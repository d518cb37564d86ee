// Preloaded into every process of the test build (NODE_OPTIONS): any connection to a host other than loopback
// is refused and written to BOORDTABEL_NETWORK_LOG, so the test can prove the build asked the network nothing.
import {appendFileSync} from "node:fs";

const log = process.env.BOORDTABEL_NETWORK_LOG;
const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

function refuse(target: string): never {
  if (log) appendFileSync(log, `${process.pid} ${target}\n`);
  const error = new Error(`network refused in test build: ${target}`) as NodeJS.ErrnoException;
  error.code = "ECONNREFUSED";
  throw error;
}

const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!loopback.test(url.hostname.replace(/^\[|\]$/g, ""))) refuse(url.href);
  return realFetch(input, init);
};
