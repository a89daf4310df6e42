import type { ModuleInfo } from 'rolldown';

interface Chunking {
  getModuleInfo(id: string): ModuleInfo | null;
}

/** Every module the page imports statically, directly or not. */
function staticallyReached(page: string, ctx: Chunking): Set<string> {
  const reached = new Set([page]);
  for (const id of reached) {
    for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) reached.add(next);
  }
  return reached;
}

/**
 * A codeSplitting group name: one chunk, "app", for what every first view of the page (its HTML
 * file's path) loads — its static imports, maplibre-gl aside (large, cached on its own). Left to
 * itself the bundler cut them into a dozen small chunks shared with the lazy parts, each with its
 * own imports and gzip frame: ~6 kB more to fetch (issue 19).
 */
export function firstViewChunk(page: string) {
  let firstView: Set<string> | null = null;
  return (id: string, ctx: Chunking): string | null => {
    if (!firstView?.size) firstView = staticallyReached(page, ctx);
    return firstView.has(id) && !id.includes('/node_modules/maplibre-gl/') ? 'app' : null;
  };
}
