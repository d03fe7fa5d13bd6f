/* Cita's widget: <script src="https://<cita>/widget.js" data-key="pk_live_..." async></script> puts the business's
   booking page in a frame where the script stands, and keeps the frame as tall as the page. The page may be framed
   only by the origins the key allows (its Content-Security-Policy's frame-ancestors). */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.dataset.key) { return; }
  var base = new URL(script.src).origin;
  var frame = document.createElement('iframe');
  var language = script.dataset.language ? '&lang=' + encodeURIComponent(script.dataset.language) : '';
  frame.src = base + '/book?embed=1&key=' + encodeURIComponent(script.dataset.key) + language;
  frame.title = script.dataset.title || 'Reservar cita · Book an appointment';
  frame.style.cssText = 'display:block;width:100%;min-height:520px;border:0';
  frame.setAttribute('allow', 'clipboard-write');
  script.parentNode.insertBefore(frame, script);
  window.addEventListener('message', function (event) {
    if (event.origin === base && event.source === frame.contentWindow && event.data
        && event.data.type === 'cita:height' && event.data.height > 0) {
      frame.style.height = Math.min(event.data.height + 8, 4000) + 'px';
    }
  });
})();
