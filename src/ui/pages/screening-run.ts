// A screening run: its progress while it runs (followed by the script, or refreshed without
// it), then the report with downloads; analysts confirm or reject each match with a reason.
import type { Context } from 'hono';
import type { AppEnv, ScreeningJob } from '../../api/index.ts';
import type { ScreeningEntryResult, ScreeningMatch } from '../../model/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { csrfField } from '../layout.ts';
import { errorBox, noticeFor } from '../parts/messages.ts';
import { screeningReportView, type DecisionForm } from '../parts/screening-report.ts';
import type { Ui, UiPage } from '../ui.ts';

function progressView(job: ScreeningJob): SafeHtml {
  return html`<div
    data-follow="/api/screenings/${job.id}"
    data-follow-label="Screening"
    data-follow-unit="entries"
  >
    <label for="screening-progress" class="visually-hidden">Progress</label>
    <progress
      id="screening-progress"
      value="${job.done}"
      max="${Math.max(1, job.total)}"
      data-job-progress
    ></progress>
    <p data-job-status role="status" aria-live="polite">
      ${job.state === 'queued' ? 'Queued behind other work…' : `Screening: ${job.done} of ${job.total} entries done…`}
    </p>
  </div>`;
}

function decisionForm(c: Context<AppEnv>, jobId: string): DecisionForm {
  return (entry: ScreeningEntryResult, m: ScreeningMatch) => {
    const id = `reason-${entry.entry.id}-${m.entity.id}`;
    return html`<form method="post" action="/screening/runs/${jobId}/decisions" class="decide">
      ${csrfField(c)}
      <input type="hidden" name="entry" value="${entry.entry.id}" />
      <input type="hidden" name="entity" value="${m.entity.id}" />
      <div class="field">
        <label for="${id}">Reason for “${entry.entry.name}” ~ “${m.entity.name}”</label>
        <textarea id="${id}" name="reason" rows="2" maxlength="2000" required></textarea>
      </div>
      <p>
        <button type="submit" name="decision" value="confirmed">Confirm match</button>
        <button type="submit" name="decision" value="rejected" class="secondary">Reject match</button>
      </p>
    </form>`;
  };
}

function downloads(jobId: string): SafeHtml {
  const base = `/api/screenings/${jobId}/report`;
  return html`<p class="downloads">
    Download the report: <a href="${base}.html" download>printable HTML</a> ·
    <a href="${base}.csv" download>CSV</a> · <a href="${base}">JSON</a>
  </p>`;
}

async function renderRun(ui: Ui, c: Context<AppEnv>, problem: string | null = null): Promise<Response> {
  const job = ui.kit.services.screeningJob(c.req.param('id') ?? '');
  const title = `Screening “${job.watchlist}”`;
  if (job.state === 'queued' || job.state === 'running') {
    const head = html`<noscript><meta http-equiv="refresh" content="2" /></noscript>`;
    return ui.page(c, { title, active: 'screening', body: progressView(job), head });
  }
  if (job.state === 'failed')
    return ui.page(c, { title, active: 'screening', status: 500, body: errorBox(job.error ?? 'failed') });
  const report = await ui.kit.services.screeningReport(job.id);
  const canDecide = ui.kit.hasRole(c.get('principal'), 'analyst');
  const body = html`${noticeFor(c.req.query('done'))}${problem ? errorBox(problem) : ''}
    <p>
      Run by ${job.actor}${job.since ? `, evidence since ${job.since.slice(0, 10)}` : ''}.
      <a href="/screening">Back to the watchlists</a>
    </p>
    ${downloads(job.id)} ${screeningReportView(report, canDecide ? decisionForm(c, job.id) : () => '')}`;
  return ui.page(c, { title, active: 'screening', status: problem ? 400 : 200, body });
}

async function decide(ui: Ui, c: Context<AppEnv>): Promise<Response> {
  const job = ui.kit.services.screeningJob(c.req.param('id') ?? '');
  const form = await c.req.parseBody();
  const reason = String(form['reason'] ?? '').trim();
  const decision = form['decision'];
  if (!reason) return renderRun(ui, c, 'Give a reason: it is recorded with the decision.');
  if (decision !== 'confirmed' && decision !== 'rejected')
    return renderRun(ui, c, 'Choose confirm or reject.');
  const entryId = Number(form['entry']);
  const entityId = Number(form['entity']);
  const recorded = await ui.kit.services.decideMatch({
    watchlistId: job.watchlistId,
    entryId,
    entityId,
    decision,
    reason: reason.slice(0, 2000),
    actor: ui.kit.actorOf(c.get('principal')),
  });
  c.set('auditTarget', `watchlist:${job.watchlistId}`);
  c.set('auditDetails', { entryRef: recorded.entryRef, entityKey: recorded.entityKey, decision });
  return c.redirect(`/screening/runs/${job.id}?done=decision-recorded#match-${entryId}-${entityId}`, 303);
}

export const screeningRunPage: UiPage = {
  id: 'screening-run',
  mount(app, ui) {
    app.get('/screening/runs/:id', ui.guard('reader'), (c) => renderRun(ui, c));
    app.post('/screening/runs/:id/decisions', ui.guard('analyst'), (c) => decide(ui, c));
  },
};
