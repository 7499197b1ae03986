// newsdesk pages work without this script; it adds the "Copy citation"
// buttons, which stay hidden without it (the citation is still there to
// select under "Citation").
(function () {
  'use strict';

  // copyText puts text on the clipboard: the Clipboard API where the page
  // may use it, else a selected textarea and the copy command.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var ta = document.createElement('textarea');
      ta.value = text;
      ta.setAttribute('readonly', '');
      ta.className = 'offscreen';
      document.body.appendChild(ta);
      ta.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      document.body.removeChild(ta);
      if (ok) { resolve(); } else { reject(new Error('copy refused')); }
    });
  }

  function setup(button) {
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', function () {
      copyText(button.getAttribute('data-citation')).then(function () {
        button.textContent = 'Copied';
        button.classList.add('done');
        setTimeout(function () {
          button.textContent = label;
          button.classList.remove('done');
        }, 2500);
      }, function () {
        // no clipboard: open the citation so that it can be selected by hand
        button.textContent = 'Select the citation to copy it';
        var details = button.parentNode.querySelector('details');
        if (details) { details.open = true; }
      });
    });
  }

  document.querySelectorAll('button.copy').forEach(setup);

  // a search is a link to share: leave the empty filters out of it
  document.querySelectorAll('form.search').forEach(function (form) {
    form.addEventListener('submit', function () {
      form.querySelectorAll('input, select').forEach(function (el) {
        if (el.name && el.value === '') { el.disabled = true; }
      });
      // enabled again for the page the back button brings back
      setTimeout(function () {
        form.querySelectorAll('input, select').forEach(function (el) { el.disabled = false; });
      }, 0);
    });
  });
})();
