// Style sheets are bundled by esbuild (scripts/build-ide.mjs), not imported as values.
declare module '*.css';
