/**
 * When each WebGL context loss happened (performance.now()), counted from the kiosk's first frame
 * (use-context-losses), for the self-healing reload and the operator view that load later.
 */
export const contextLosses: number[] = [];
