// Stylesheets imported from page entries are bundled by esbuild into <page>.css.
declare module '*.css';
