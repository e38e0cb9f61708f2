// Reads one input file for the CLI, refusing what the analyser cannot read: missing, directories, empty, huge, binary.
import { readFile, stat } from 'node:fs/promises';
import { CliError, printable } from './cli-error';
import { decodeText } from './decode-text';

/** Terms pages are well under 1 MB; 20 MB leaves room for saved pages with inline assets and stops runaway inputs. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface LoadedFile {
  /** The path as the user gave it. */
  path: string;
  content: string;
  bytes: number;
  mtimeMs: number;
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export async function loadFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<LoadedFile> {
  const name = printable(path);
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError(`${name}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`${name}: permission denied`);
    throw new CliError(`${name}: cannot read (${code ?? 'unknown error'})`);
  }
  if (info.isDirectory()) throw new CliError(`${name} is a directory; give the HTML, Markdown or text file inside it`);
  if (!info.isFile()) throw new CliError(`${name} is not a regular file`);
  if (info.size === 0) throw new CliError(`${name} is empty`);
  // Checked before reading, so a huge file is never loaded into memory.
  if (info.size > maxBytes) throw new CliError(`${name} is too large (${mb(info.size)}; the limit is ${mb(maxBytes)})`);
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    throw new CliError(`${name}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  const content = decodeText(buf, name);
  if (!content.trim()) throw new CliError(`${name} contains only whitespace`);
  return { path, content, bytes: buf.length, mtimeMs: info.mtimeMs };
}
