// The server bench's pull session alone (the 3 MB draft opened, 60 warm-up keystrokes, then typing at BENCH_INTERVALS,
// 3 s idle), with its RSS rows and, under BENCH_MEMORY=1, where the memory is: half the time of `npm run bench --
// server` for an A/B of the idle RSS. `npx tsx scripts/bench/rss-idle.ts [server.js] [mode]`.
import * as path from 'node:path';
import { benchServer } from './server';

const server = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
const mode = process.argv[3] === 'push' ? 'push' : 'pull';
void benchServer(mode, 200, server);
