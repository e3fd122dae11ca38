// The one script, progressive enhancement only: every page works without it. It is served
// from /assets/ (the CSP allows no inline script) and never writes HTML: text goes in through
// textContent. Kept as a string so that the build ships it with the compiled server.
export const APP_JS = String.raw`'use strict';
(function () {
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || '';

  function isTyping(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  // "/" focuses the search box; j and k move between search results.
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape' && isTyping(document.activeElement)) { document.activeElement.blur(); return; }
    if (isTyping(event.target)) return;
    if (event.key === '/') {
      var box = document.querySelector('[data-search-box]');
      if (box) { event.preventDefault(); box.focus(); box.select(); }
    } else if (event.key === 'j' || event.key === 'k') {
      var links = Array.prototype.slice.call(document.querySelectorAll('[data-result-link]'));
      if (!links.length) return;
      var at = links.indexOf(document.activeElement);
      var next = event.key === 'j' ? Math.min(links.length - 1, at + 1) : Math.max(0, at - 1);
      links[next].focus();
    }
  });

  // Forms that destroy something ask first.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) event.preventDefault();
  });

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    });
  }

  function showJob(root, job) {
    var bar = root.querySelector('[data-job-progress]');
    var status = root.querySelector('[data-job-status]');
    if (bar) { bar.max = Math.max(1, job.total); bar.value = job.done; }
    if (status) status.textContent = job.state === 'done'
      ? 'Done: ' + job.done + ' of ' + job.total + ' files imported.'
      : 'Importing: ' + job.done + ' of ' + job.total + ' files done…';
  }

  function followJob(root, id) {
    getJson('/api/imports/' + encodeURIComponent(id)).then(function (job) {
      showJob(root, job);
      if (job.state === 'done') window.location.assign('/import/' + encodeURIComponent(id));
      else window.setTimeout(function () { followJob(root, id); }, 500);
    }).catch(function (err) {
      var status = root.querySelector('[data-job-status]');
      if (status) status.textContent = 'Lost track of the import (' + err.message + '); reload the page.';
    });
  }

  // The upload form sends its files with a progress bar, then follows the import job.
  function upload(form) {
    var bar = form.querySelector('[data-upload-progress]');
    var status = form.querySelector('[data-job-status]');
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.dataset.upload);
    xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', function (e) {
      if (!e.lengthComputable || !bar) return;
      bar.max = e.total; bar.value = e.loaded;
      if (status) status.textContent = 'Uploading: ' + Math.round((100 * e.loaded) / e.total) + ' %';
    });
    xhr.addEventListener('load', function () {
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status === 202 && body) { showJob(form, body); followJob(form, body.id); return; }
      if (status) status.textContent = 'Upload refused: ' + (body && body.error ? body.error.message : 'HTTP ' + xhr.status);
      form.querySelector('button[type="submit"]').disabled = false;
    });
    xhr.addEventListener('error', function () { if (status) status.textContent = 'Upload failed: network error.'; });
    form.querySelector('button[type="submit"]').disabled = true;
    xhr.send(new FormData(form));
  }

  document.querySelectorAll('form[data-upload]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (event.defaultPrevented) return;
      event.preventDefault();
      upload(form);
    });
  });

  document.querySelectorAll('[data-job]').forEach(function (root) {
    if (root.dataset.jobState !== 'done') followJob(root, root.dataset.job);
  });

  // Long work other than imports (a screening): its job is polled for progress, and the page
  // is loaded again when it is over, to show the result.
  function follow(root) {
    var bar = root.querySelector('[data-job-progress]');
    var status = root.querySelector('[data-job-status]');
    getJson(root.dataset.follow).then(function (job) {
      if (job.state === 'done' || job.state === 'failed') { window.location.reload(); return; }
      if (bar) { bar.max = Math.max(1, job.total); bar.value = job.done; }
      if (status) status.textContent = job.state === 'queued'
        ? 'Queued behind other work…'
        : root.dataset.followLabel + ': ' + job.done + ' of ' + job.total + ' ' + root.dataset.followUnit + ' done…';
      window.setTimeout(function () { follow(root); }, 500);
    }).catch(function (err) {
      if (status) status.textContent = 'Lost track of the progress (' + err.message + '); reload the page.';
    });
  }

  document.querySelectorAll('[data-follow]').forEach(follow);
})();
`;
