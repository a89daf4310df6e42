/** Registers the offline worker (built from src/sw/sw.ts) once the page has loaded. */
export function register(container: ServiceWorkerContainer) {
  container.addEventListener('controllerchange', () => performance.mark('sw:controlling'));
  const go = () => {
    performance.mark('sw:register');
    container
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
      .then((registration) => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'activated') performance.mark('sw:activated');
        });
      })
      // Blocked (private mode, tests, policy): the app still works online.
      .catch(() => undefined);
  };
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}
