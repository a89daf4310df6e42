import { useEffect, useMemo } from 'react';
import { preferredHeight } from '@/lib/embed/height';
import { isAllowedOrigin, isFramed, postToParent } from '@/lib/embed/post';
import { embedMessage } from '@/lib/embed/envelope';
import { parseIncoming, type EmbedView } from '@/lib/embed/protocol';
import { allFieldIds, embedView, sameView } from '@/lib/embed/view';
import { useConfig } from '@/api/config';
import { usePartners } from '@/hooks/use-partners';
import { useUiStore } from '@/stores/ui-store';
import { shallow } from 'zustand/shallow';
import { applyEmbedCommand } from '../commands';

/** Width changes settle this long before a new height is posted. */
const RESIZE_DEBOUNCE_MS = 120;

/**
 * The postMessage API for host pages (`?mode=embed`, docs/embed.md): posts `ready`, then `state`
 * after every change of year, fields, selection or language (coalesced per task, so one per year
 * step during playback), `resize` from the frame's width, and obeys `select`, `setYear`,
 * `setFields`, `setLang` and `reset` from the parent window.
 */
export function EmbedBridge() {
  const config = useConfig();
  const { partners } = usePartners();
  const allowed = config.embed.allowedOrigins;
  const fieldIds = useMemo(() => allFieldIds(config.fields.map((f) => f.id)), [config]);

  // Out: ready, then state on change.
  useEffect(() => {
    let active = true;
    let last: EmbedView | null = null;
    let scheduled = false;
    const current = () => embedView(useUiStore.getState(), partners, fieldIds);
    // After this commit's effects (the App reconciles the URL state with the data in its own).
    queueMicrotask(() => {
      if (!active) return;
      last = current();
      postToParent(embedMessage('ready', { partners: partners.length, ...last }), allowed);
    });
    const flush = () => {
      scheduled = false;
      if (!active) return;
      const view = current();
      if (last && sameView(last, view)) return;
      last = view;
      postToParent(embedMessage('state', view), allowed);
    };
    const unsubscribe = useUiStore.subscribe(
      (s) => ({ year: s.year, fields: s.fields, partner: s.partner, lang: s.lang }),
      () => {
        if (!last || scheduled) return;
        scheduled = true;
        queueMicrotask(flush);
      },
      { equalityFn: shallow },
    );
    return () => {
      active = false;
      unsubscribe();
    };
  }, [partners, fieldIds, allowed]);

  // Out: resize, from the frame's width only.
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const post = () => {
      const height = preferredHeight(window.innerWidth);
      if (height === last) return;
      last = height;
      postToParent(embedMessage('resize', { height }), allowed);
    };
    post();
    const onResize = () => {
      clearTimeout(timer);
      timer = setTimeout(post, RESIZE_DEBOUNCE_MS);
    };
    window.addEventListener('resize', onResize);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    };
  }, [allowed]);

  // In: commands from the parent window.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (!isFramed() || event.source !== window.parent) return;
      if (!isAllowedOrigin(event.origin, allowed)) {
        console.debug(`partner-map: ignoring a message from ${event.origin}: origin not allowed`);
        return;
      }
      const parsed = parseIncoming(event.data);
      if (!parsed.ok) {
        console.debug(`partner-map: ignoring an invalid message: ${parsed.reason}`, event.data);
        return;
      }
      applyEmbedCommand(parsed.message);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [allowed]);

  return null;
}
