// react-i18next imports `use-sync-external-store/shim`, which under React ≥ 18 only re-exports
// React's own hook (and ships a fallback for older React): vite.config.ts points it here instead
// (issue 19: 0.4 kB off the first view, the same hook).
export { useSyncExternalStore } from 'react';
