/* global window, document */
// The embed demo host page's script (external, so it runs under `script-src 'self'`).
(function () {
  'use strict';

  var iframe = document.getElementById('map');
  var log = document.getElementById('log');
  var heightOut = document.getElementById('height');

  function record(direction, message) {
    var item = document.createElement('li');
    item.setAttribute('data-direction', direction);
    item.setAttribute('data-type', String(message.type));
    item.textContent = (direction === 'in' ? '← ' : '→ ') + JSON.stringify(message);
    log.appendChild(item);
  }

  // embed.js dispatches every valid message from the map on its iframe.
  iframe.addEventListener('partner-map:message', function (event) {
    var message = event.detail;
    record('in', message);
    if (message.type === 'resize') heightOut.textContent = message.height + ' px';
  });

  function on(id, send) {
    document.getElementById(id).addEventListener('click', function () {
      record('out', send());
    });
  }

  var map = window.PartnerMap;
  on('select-le-havre', function () {
    return map.select(iframe, 'le-havre');
  });
  on('select-none', function () {
    return map.select(iframe, null);
  });
  on('year-2010', function () {
    return map.setYear(iframe, 2010);
  });
  on('year-today', function () {
    return map.setYear(iframe, null);
  });
  on('lang-vi', function () {
    return map.setLang(iframe, 'vi');
  });
  on('lang-en', function () {
    return map.setLang(iframe, 'en');
  });
  on('reset', function () {
    return map.reset(iframe);
  });
})();
