import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { preferredHeight } from '@/lib/embed/height';
import { isAllowedOrigin, isFramed, postToParent } from '@/lib/embed/post';
import {
  embedMessage,
  parseIncoming,
  type EmbedView,
  type IncomingMessage,
} from '@/lib/embed/protocol';
import {
  allFieldIds,
  embedView,
  planSelect,
  planSetFields,
  planSetYear,
  sameView,
} from '@/lib/embed/view';
import type { AppConfig } from '@/lib/schema/config-schema';
import { useUiStore } from '@/stores/ui-store';
import type { Partner } from '@/types/partner';

interface Props {
  config: AppConfig;
  partners: readonly Partner[];
}

/** Width changes settle this long before a new height is posted. */
const RESIZE_DEBOUNCE_MS = 120;

/**
 * The postMessage API for host pages (`?mode=embed`, docs/embed.md): posts `ready`, then `state`
 * after every change of year, fields, selection or language (coalesced per task, so one per year
 * step during playback), `resize` from the frame's width, and obeys `select`, `setYear`,
 * `setFields`, `setLang` and `reset` from the parent window.
 */
export function EmbedBridge({ config, partners }: Props) {
  const { i18n } = useTranslation();
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
    const unsubscribe = useUiStore.subscribe((s, prev) => {
      if (
        s.year === prev.year &&
        s.fields === prev.fields &&
        s.partner === prev.partner &&
        s.lang === prev.lang
      )
        return;
      if (!last || scheduled) return;
      scheduled = true;
      queueMicrotask(flush);
    });
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
    const handle = (message: IncomingMessage) => {
      const store = useUiStore.getState();
      switch (message.type) {
        case 'select': {
          const change = planSelect(partners, store, message.id);
          if (!change) {
            console.debug(`partner-map: ignoring select: no partner has the id "${message.id}"`);
            return;
          }
          if (change.year !== undefined) store.setYear(change.year);
          if (change.fields !== undefined) store.setFields(change.fields);
          store.select(change.partner ?? null);
          return;
        }
        case 'setYear': {
          const { year, deselected } = planSetYear(partners, store, message.year);
          store.setPlaying(false);
          store.setYear(year);
          if (deselected) {
            store.select(null);
            const notice = i18n.t('notice.deselected', {
              name: deselected.name[store.lang],
              year,
            });
            store.setNotice(notice);
            store.announce(notice);
          }
          return;
        }
        case 'setFields': {
          const plan = planSetFields(partners, store, message.fields, fieldIds);
          if (plan.unknown.length)
            console.debug(
              `partner-map: setFields: ignoring unknown ids ${plan.unknown.join(', ')}`,
            );
          store.setFields(plan.fields);
          if (plan.partner !== store.partner) store.select(plan.partner);
          return;
        }
        case 'setLang':
          store.setLang(message.lang);
          return;
        case 'reset':
          store.resetToHome();
          return;
      }
    };
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
      handle(parsed.message);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [partners, fieldIds, allowed, i18n]);

  return null;
}
