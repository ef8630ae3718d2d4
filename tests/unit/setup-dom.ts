// Unit tests run in Node; a file that needs a DOM says so with a `@vitest-environment jsdom` docblock.
// Only such files load Testing Library and the DOM polyfills (setup.ts), which cost Node files time.
if (typeof document !== 'undefined') await import('./setup.ts');
export {};
