/**
 * The upload page's one script, served as `/static/upload-progress.js` (never inline, so the
 * CSP stays `script-src 'self'`). It only enhances: without it the form posts as it always
 * did and the browser's own status shows how far the upload has come.
 *
 * On submit it sends the same multipart form with XMLHttpRequest to the same action URL (its
 * form token in the URL, the session cookie with it), so `upload.onprogress` gives the bytes
 * sent: a `<progress>` with "Sendt 120 af 300 kB", and a polite live region (WCAG technique
 * ARIA25) that speaks at most once per tenth of the file and not more often than every few
 * seconds, then "Listen behandles …" once every byte is sent (ingestion reads the whole list
 * before it answers). The answer:
 * - the 303 to the list's summary, followed by the request: the browser goes there;
 * - any other page (the form with ingestion's Danish refusal and code, a refusal page, the
 *   page saying the session ended): that very page is shown in place of this one, parsed by
 *   the request (its scripts inert) rather than posting the form again, which would send a
 *   large file a second time and have ingestion read it again for the same answer;
 * - no answer (the network failed): a Danish message, and the form can be sent again.
 *
 * Kept as a string in a TypeScript module, as the app's stylesheet is, so that the image's
 * build (tsc to dist/) carries it without a copy step. Plain ES2017 for the browser; the
 * helpers at the top are exported to `module.exports` when there is one, for the unit test.
 */
/** Where the script is served (apps/web/src/http/harden-web.ts), with the design system's files. */
export const UPLOAD_PROGRESS_SCRIPT_PATH = '/static/upload-progress.js';

export const UPLOAD_PROGRESS_SCRIPT = String.raw`(function () {
  'use strict';

  var KILOBYTE = 1024;
  var MEGABYTE = 1024 * 1024;
  /** At most one spoken progress message per tenth of the file, and this many milliseconds apart. */
  var QUIET_MS = 3000;

  function size(bytes, unit) {
    var digits = unit === MEGABYTE ? 1 : 0;
    return (bytes / unit).toLocaleString('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }

  /** "Sendt 120 af 300 kB" below a megabyte, "Sendt 3,2 af 12,0 MB" above. */
  function sentText(loaded, total) {
    var unit = total >= MEGABYTE ? MEGABYTE : KILOBYTE;
    return 'Sendt ' + size(loaded, unit) + ' af ' + size(total, unit) + (unit === MEGABYTE ? ' MB' : ' kB');
  }

  /**
   * What the live region should say now, or null: "40 % sendt" when a new tenth is reached
   * and the last message was at least QUIET_MS ago. 'spoken' is { tenth, at } of the last one.
   */
  function progressMessage(loaded, total, now, spoken) {
    if (!(total > 0)) return null;
    var tenth = Math.floor((loaded / total) * 10);
    if (tenth < 1 || tenth > 9 || tenth <= spoken.tenth) return null;
    if (spoken.at !== null && now - spoken.at < QUIET_MS) return null;
    return tenth * 10 + ' % sendt';
  }

  var helpers = { sentText: sentText, progressMessage: progressMessage };
  if (typeof module === 'object' && module !== null && module.exports) {
    module.exports = helpers;
    return;
  }

  // A browser without upload progress keeps the plain form; a second copy of this script (an answer page's, should a browser run it) adds nothing.
  if (typeof window.FormData !== 'function' || !('upload' in new XMLHttpRequest()) || window.sspUploadProgress) return;
  window.sspUploadProgress = true;

  var FAILED = 'Forbindelsen blev afbrudt, før hele listen var sendt og behandlet. Kontrollér forbindelsen, og prøv igen; filen er stadig valgt.';
  var PROCESSING = 'Listen behandles …';

  function focusOn(element) {
    if (!element) return;
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus();
  }

  /** The answer page in place of this one: its title and body; its scripts stay inert, this one keeps listening. */
  function showPage(answer) {
    document.title = answer.title;
    document.body.replaceWith(document.adoptNode(answer.body));
    window.scrollTo(0, 0);
    focusOn(document.querySelector('main [role="alert"]') || document.querySelector('main h1'));
  }

  function send(form) {
    var part = function (id) { return document.getElementById(id); };
    var box = part('upload-progress');
    var bar = part('upload-progress-bar');
    var text = part('upload-progress-text');
    var status = part('upload-status');
    var failure = part('upload-failure');
    var controls = form.querySelectorAll('input, button');
    var spoken = { tenth: 0, at: null };
    var body = new FormData(form);

    function busy(sending) {
      for (var index = 0; index < controls.length; index += 1) controls[index].disabled = sending;
      form.setAttribute('aria-busy', sending ? 'true' : 'false');
    }
    function say(message) {
      status.textContent = message;
    }
    function failed() {
      busy(false);
      box.hidden = true;
      say('');
      failure.querySelector('.alert-text').textContent = FAILED;
      failure.hidden = false;
      focusOn(failure);
    }

    failure.hidden = true;
    bar.value = 0;
    text.textContent = 'Listen sendes …';
    box.hidden = false;
    // Focus moves to the progress bar (its label says what is happening) before the button it leaves is disabled.
    focusOn(bar);
    busy(true);

    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.responseType = 'document';
    request.upload.addEventListener('progress', function (event) {
      if (!event.lengthComputable) return;
      bar.max = event.total;
      bar.value = event.loaded;
      text.textContent = sentText(event.loaded, event.total);
      var message = progressMessage(event.loaded, event.total, Date.now(), spoken);
      if (message !== null) {
        spoken = { tenth: Math.floor((event.loaded / event.total) * 10), at: Date.now() };
        say(message);
      }
    });
    request.upload.addEventListener('load', function () {
      bar.value = bar.max;
      text.textContent = PROCESSING;
      say('Hele listen er sendt. ' + PROCESSING);
    });
    request.addEventListener('load', function () {
      var answer = request.response;
      if (request.status === 200 && request.responseURL && request.responseURL !== form.action) {
        window.location.assign(request.responseURL);
      } else if (answer && answer.body) {
        showPage(answer);
      } else {
        failed();
      }
    });
    request.addEventListener('error', failed);
    request.addEventListener('abort', failed);
    request.addEventListener('timeout', failed);
    request.send(body);
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-upload-progress')) return;
    event.preventDefault();
    if (form.getAttribute('aria-busy') !== 'true') send(form);
  });
})();
`;
