/**
 * Resolves in a later task, so that work after it is not one long task with the work before
 * (the browser may draw a frame and answer input between them).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
