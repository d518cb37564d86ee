// Preloaded into the Framework build (node --import): see fetch.ts. Framework has no option for this (its
// PR #2052 "local npm resolution" was not merged), so the build answers its network requests itself.
import {createOfflineFetch} from "./fetch.js";

globalThis.fetch = createOfflineFetch(process.cwd(), globalThis.fetch);
