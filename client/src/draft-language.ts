// What the client can tell of a draft's text by itself, without the server (no vscode import: unit-tested).

/** Han characters outnumber Latin letters (in the first 20,000 characters): prose of a Chinese draft, not code or a configuration file. */
export function mostlyChinese(text: string): boolean {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return han >= 10 && han > latin;
}
