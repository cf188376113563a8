// Runs the server bench's sessions quietly, several times, and prints each typing phase's figures with the CPU per
// thread (lat19: one phase in some runs cost 13 ms more CPU per lint).
import { benchServer } from './server';

const runs = Number(process.env.RUNS ?? 3);
const modes = (process.env.MODES ?? 'pull,push').split(',') as ('pull' | 'push')[];
void (async () => {
  for (let r = 0; r < runs; r++)
    for (const mode of modes) {
      const f = await benchServer(mode, Number(process.env.EDITS ?? 200), undefined, true);
      console.log(`${mode} RSS 3 s idle ${f.rssMB.toFixed(1)} MB, peak ${f.peakRssMB.toFixed(0)} MB`);
      for (const t of [f.warmUp, ...f.typing])
        console.log(
          `${mode} open ${f.openMs.toFixed(0)} settle ${JSON.stringify(f.settled)} every ${t.intervalMs}: p50 ${t.p50.toFixed(0)} p95 ${t.p95.toFixed(0)} own ${t.ownVersions} lints ${t.lints} cpu/lint ${t.cpuPerLint.toFixed(0)} threads ${JSON.stringify(t.threads)} worker ${JSON.stringify(t.worker)}`,
        );
    }
})();
