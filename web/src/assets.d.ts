// Text files the page embeds (the example draft), inlined by esbuild's text loader.
declare module '*.report' {
  const text: string;
  export default text;
}
