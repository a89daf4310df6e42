/*
 * Partner map embed helper (postMessage API v1, see docs/embed.md).
 *
 * Include once on the host page, after or before the iframes:
 *   <iframe src="https://…/?mode=embed" data-partner-map …></iframe>
 *   <script src="https://…/embed.js" defer></script>
 *
 * - Sizes every partner-map iframe to the height the map asks for (`resize` messages). Messages are
 *   matched to their iframe by `event.source`, so several maps on one page each get their own height.
 * - Dispatches every valid message from a map as a `partner-map:message` DOM event on its iframe
 *   (`event.detail` is the message), bubbling, so a page can listen on the iframe or the document.
 * - `window.PartnerMap.send(iframe, type, fields)` posts a command (`select`, `setYear`, `setFields`,
 *   `setLang`, `reset`) to one map, to the origin of its src only.
 *
 * No dependencies, no network requests, no eval, no inline handlers: fine under a strict CSP.
 */
/* global window, document, URL, CustomEvent */
(function () {
  'use strict';

  var SOURCE = 'partner-map';
  var VERSION = 1;
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 10000;

  if (window.PartnerMap && window.PartnerMap.version === VERSION) return;

  function isMessage(data) {
    return (
      data !== null &&
      typeof data === 'object' &&
      data.source === SOURCE &&
      data.v === VERSION &&
      typeof data.type === 'string'
    );
  }

  /** The iframe whose window sent the message: a `data-partner-map` one or any that speaks the API. */
  function frameFor(source) {
    if (!source) return null;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function originOf(iframe) {
    try {
      var url = new URL(iframe.getAttribute('src') || iframe.src, document.baseURI);
      return url.origin === 'null' ? null : url.origin;
    } catch {
      return null;
    }
  }

  function resize(iframe, height) {
    if (typeof height !== 'number' || !isFinite(height)) return;
    var h = Math.round(height);
    if (h < MIN_HEIGHT || h > MAX_HEIGHT) return;
    iframe.style.height = h + 'px';
    iframe.setAttribute('height', String(h));
  }

  function prepare(iframe) {
    if (iframe.getAttribute('data-partner-map-ready') === '1') return;
    iframe.setAttribute('data-partner-map-ready', '1');
    if (!iframe.style.border) iframe.style.border = '0';
    if (!iframe.style.display) iframe.style.display = 'block';
    if (!iframe.style.maxWidth) iframe.style.maxWidth = '100%';
  }

  function prepareAll() {
    var frames = document.querySelectorAll('iframe[data-partner-map]');
    for (var i = 0; i < frames.length; i++) prepare(frames[i]);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!isMessage(data)) return;
    var iframe = frameFor(event.source);
    if (!iframe) return;
    // The message must come from where the iframe points (when its src is known).
    var expected = originOf(iframe);
    if (expected && event.origin !== expected) return;
    prepare(iframe);
    if (data.type === 'resize') resize(iframe, data.height);
    iframe.dispatchEvent(new CustomEvent('partner-map:message', { detail: data, bubbles: true }));
  });

  function send(iframe, type, fields) {
    if (!iframe || !iframe.contentWindow) throw new Error('PartnerMap.send: not an iframe');
    var origin = originOf(iframe);
    if (!origin) throw new Error('PartnerMap.send: the iframe has no http(s) src');
    var message = { source: SOURCE, v: VERSION, type: String(type) };
    if (fields && typeof fields === 'object') {
      for (var key in fields) {
        if (Object.prototype.hasOwnProperty.call(fields, key) && !(key in message)) {
          message[key] = fields[key];
        }
      }
    }
    iframe.contentWindow.postMessage(message, origin);
    return message;
  }

  window.PartnerMap = {
    version: VERSION,
    send: send,
    select: function (iframe, id) {
      return send(iframe, 'select', { id: id === undefined ? null : id });
    },
    setYear: function (iframe, year) {
      return send(iframe, 'setYear', { year: year === undefined ? null : year });
    },
    setFields: function (iframe, fields) {
      return send(iframe, 'setFields', { fields: fields });
    },
    setLang: function (iframe, lang) {
      return send(iframe, 'setLang', { lang: lang });
    },
    reset: function (iframe) {
      return send(iframe, 'reset', {});
    },
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', prepareAll);
  } else {
    prepareAll();
  }
})();
