import '@testing-library/jest-dom';

// jsdom has no layout, so no ResizeObserver; Fluent UI's TabList and Combobox create one on mount.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in globalThis)) {
  Object.defineProperty(globalThis, 'ResizeObserver', { value: NoLayoutResizeObserver, writable: true });
}
