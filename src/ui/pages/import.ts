// The import page: upload feed files (any format the parser reads). With the script, the
// upload shows its progress and then the job's; without it, the form posts and the job page
// refreshes itself until the import is done.
import type { Context } from 'hono';
import type { AppEnv, ImportJob } from '../../api/index.ts';
import { AppError } from '../../model/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { csrfField } from '../layout.ts';
import { plural } from '../parts/format.ts';
import { errorBox } from '../parts/messages.ts';
import type { Ui, UiPage } from '../ui.ts';

function uploadForm(c: Context<AppEnv>, maxBytes: number): SafeHtml {
  return html`<form method="post" action="/import" enctype="multipart/form-data" data-upload="/api/imports">
    ${csrfField(c)}
    <div class="field">
      <label for="files"
        >Feed files: RSS, Atom, RDF, JSON Feed or text dumps (up to ${Math.round(maxBytes / 1048576)} MB in
        all)</label
      >
      <input id="files" name="file" type="file" multiple required />
    </div>
    <p><button type="submit">Import</button></p>
    <label for="upload-progress" class="visually-hidden">Progress</label>
    <progress id="upload-progress" value="0" max="1" data-upload-progress data-job-progress></progress>
    <p data-job-status role="status" aria-live="polite"></p>
  </form>`;
}

function jobView(job: ImportJob): SafeHtml {
  const rows = job.results.map(
    (r) =>
      html`<tr>
        <td>${r.file}</td>
        <td>${r.ok ? 'imported' : 'failed'}</td>
        <td>${r.message}</td>
      </tr>`,
  );
  const totalNew = job.results.reduce((n, r) => n + r.itemsNew, 0);
  return html`<div data-job="${job.id}" data-job-state="${job.state}">
    <label for="job-progress" class="visually-hidden">Progress</label>
    <progress
      id="job-progress"
      value="${job.done}"
      max="${Math.max(1, job.total)}"
      data-job-progress
    ></progress>
    <p data-job-status role="status" aria-live="polite">
      ${job.state === 'done' ? `Done: ${plural(job.done, 'file')} imported, ${plural(totalNew, 'new item')}.` : `Importing: ${job.done} of ${job.total} files done…`}
    </p>
    ${
      rows.length
        ? html`<div class="table-wrap">
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">Result</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                ${rows}
              </tbody>
            </table>
          </div>`
        : ''
    }
    ${job.state === 'done' ? html`<p><a href="/">Back to the overview</a> · <a href="/import">Import more</a></p>` : ''}
  </div>`;
}

async function renderForm(ui: Ui, c: Context<AppEnv>, problem: string | null = null) {
  const body = html`${problem ? errorBox(problem) : ''}${uploadForm(c, ui.kit.limits.uploadBytes)}`;
  return ui.page(c, { title: 'Import', active: 'import', status: problem ? 400 : 200, body });
}

export const importPage: UiPage = {
  id: 'import',
  mount(app, ui) {
    app.get('/import', ui.guard('admin'), (c) => renderForm(ui, c));
    app.post('/import', ui.guard('admin'), async (c) => {
      const uploads = (await ui.kit.readUploads(c)).filter((f) => f.bytes.byteLength > 0);
      if (!uploads.length) return renderForm(ui, c, 'Choose at least one file to import.');
      const job = ui.kit.services.startImport(uploads, c.get('principal')?.name ?? 'anonymous');
      c.set('auditTarget', `import:${job.id}`);
      c.set('auditDetails', { files: uploads.map((u) => ({ name: u.name, bytes: u.bytes.byteLength })) });
      return c.redirect(`/import/${job.id}`, 303);
    });
    app.get('/import/:id', ui.guard('admin'), (c) => {
      const job = ui.kit.services.importJob(c.req.param('id'));
      if (!job)
        throw new AppError('input.not_found', 'no such import job (jobs are kept until the server restarts)');
      const refresh =
        job.state === 'done'
          ? undefined
          : html`<noscript><meta http-equiv="refresh" content="2" /></noscript>`;
      return ui.page(c, {
        title: job.state === 'done' ? 'Import finished' : 'Importing…',
        active: 'import',
        body: jobView(job),
        ...(refresh ? { head: refresh } : {}),
      });
    });
  },
};
