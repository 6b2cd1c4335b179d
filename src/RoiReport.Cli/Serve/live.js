// roireport serve: reloads the page when the site is rebuilt, and shows a failed build's errors.
// Served by the preview server only; never part of the built site.
(() => {
  'use strict';
  const script = document.currentScript;
  const version = script ? script.dataset.version : '';
  let overlay = null;

  function show(message) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.setAttribute('role', 'alert');
      overlay.id = 'roireport-build-error';
      overlay.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;' +
        'margin:0;padding:1rem 1.25rem;background:#3b0a0a;color:#fff;font:14px/1.45 ui-monospace,monospace;' +
        'border-top:4px solid #e06c6c;box-shadow:0 -4px 16px rgba(0,0,0,.4)';
      const title = document.createElement('strong');
      title.textContent = 'The build failed; this is the last good site. Fix the problem and save: the page reloads.';
      const text = document.createElement('pre');
      text.style.cssText = 'white-space:pre-wrap;margin:.5rem 0 0';
      overlay.append(title, text);
      document.body.append(overlay);
    }
    overlay.querySelector('pre').textContent = message;
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  const events = new EventSource('/_roireport/events');
  events.addEventListener('state', event => {
    const state = JSON.parse(event.data);
    if (state.error) {
      show(state.error);
    } else if (String(state.version) !== version) {
      location.reload();
    } else {
      hide();
    }
  });
})();
