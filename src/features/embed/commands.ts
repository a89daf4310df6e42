import type { IncomingMessage } from '@/lib/embed/protocol';
import { useUiStore } from '@/stores/ui-store';

/**
 * Obeys a command from the host page through the store's actions, as if the visitor had done it:
 * `select` reveals a hidden partner like a `?partner=` link, `setYear` deselects a partner signed
 * later (with a notice), `setFields` one the fields hide. Unknown ids are ignored with a debug line.
 */
export function applyEmbedCommand(message: IncomingMessage) {
  const store = useUiStore.getState();
  switch (message.type) {
    case 'select':
      if (message.id === null) store.select(null);
      else if (!store.reveal(message.id))
        console.debug(`partner-map: ignoring select: no partner has the id "${message.id}"`);
      return;
    case 'setYear':
      store.changeYear(message.year, 'visitor');
      return;
    case 'setFields': {
      const known = store.catalog?.fieldIds ?? [];
      const unknown = message.fields.filter((id) => !known.includes(id));
      if (unknown.length)
        console.debug(`partner-map: setFields: ignoring unknown ids ${unknown.join(', ')}`);
      store.setFields(message.fields);
      return;
    }
    case 'setLang':
      store.setLang(message.lang);
      return;
    case 'reset':
      store.resetToHome();
      return;
  }
}
