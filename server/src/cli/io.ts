// Where the CLI writes and reads: the process streams, or a test's buffers.

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal; colour is used only then (or with FORCE_COLOR / --color). */
  isTTY?: boolean;
  /** Whether stderr is a terminal: progress is shown only there. */
  stderrIsTTY?: boolean;
  /** Reads all of standard input (for `report-lint -`). */
  readStdin?: () => Promise<Buffer>;
  cwd?: string;
  /** Told the exit code before the output is written: a reader that closes the pipe early (`| head`) ends the
   * process with it, not with 0. */
  settle?: (code: number) => void;
}

let pipeHandled = false;

/** The real process. A closed pipe (`report-lint … | head`) ends the process quietly instead of with a stack. */
export function processIo(): CliIo {
  if (!pipeHandled) {
    pipeHandled = true;
    for (const stream of [process.stdout, process.stderr]) {
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
      });
    }
  }
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    readStdin: readAll,
    cwd: process.cwd(),
    settle: (code) => void (process.exitCode = code),
  };
}

async function readAll(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Colour only a terminal, unless told otherwise: piped output and CI logs stay plain text. */
export function useColor(forced: boolean | undefined, io: CliIo): boolean {
  if (forced !== undefined) return forced;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false') return true;
  return io.isTTY === true && io.env.TERM !== 'dumb';
}
