// Where the CLI writes and reads: the process streams, or a test's buffers.

import * as fs from 'node:fs';

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

/**
 * The real process. Standard output that is a pipe, a socket or a file is written with blocking writes, without making
 * `process.stdout` (a pipe's stream loads Node's net module and turns the pipe non-blocking, so that output larger
 * than the pipe's buffer, as the JSON of a long draft is, is finished asynchronously and the process then ends by
 * tearing down its heap): the output is in the pipe when `stdout` returns, and the bin exits at once
 * (`outputPending`). A terminal, /dev/null and Windows get the stream, and so does the rest of the output to a pipe
 * someone else left non-blocking once it is full (a blocking write would wait there, a non-blocking one fails). A closed pipe (`report-lint … | head`) ends the process quietly instead of with a stack.
 */
export function processIo(): CliIo {
  return {
    stdout: writeStdout,
    stderr: (t) => void stream(process.stderr).write(t),
    env: process.env,
    // Getters: asking makes the stream, which a JSON run to a pipe never needs.
    get isTTY() {
      return stream(process.stdout).isTTY === true;
    },
    get stderrIsTTY() {
      return stream(process.stderr).isTTY === true;
    },
    readStdin: readAll,
    cwd: process.cwd(),
    settle: (code) => void (process.exitCode = code),
  };
}

/** The standard streams this module has made, each with its handler for a closed pipe. */
const streams = new Set<NodeJS.WriteStream>();

function stream(s: NodeJS.WriteStream): NodeJS.WriteStream {
  if (!streams.has(s)) {
    streams.add(s);
    s.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return s;
}

/** Whether output handed to a stream is still to be written (the bin then lets the process end by itself). */
export function outputPending(): boolean {
  for (const s of streams) if (s.writableLength > 0) return true;
  return false;
}

/** Undefined until the first write: whether standard output is written directly (see processIo). */
let direct: boolean | undefined;

function writeStdout(text: string): void {
  direct ??= writesDirectly(1);
  if (!direct) return void stream(process.stdout).write(text);
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  try {
    while (done < bytes.length) done += fs.writeSync(1, bytes, done);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (code !== 'EAGAIN') throw error;
    // A non-blocking pipe that is full: the rest, and all later output, through the stream, which waits for it.
    direct = false;
    stream(process.stdout).write(bytes.subarray(done));
  }
}

/** A pipe, a socket or a regular file, on a system where a write to it blocks until it is done. */
function writesDirectly(fd: number): boolean {
  if (process.platform === 'win32') return false;
  try {
    const stat = fs.fstatSync(fd);
    return stat.isFIFO() || stat.isSocket() || stat.isFile();
  } catch {
    return false;
  }
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
