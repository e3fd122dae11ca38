// Signing in and out of the web UI.
import type { Context } from 'hono';
import type { AppEnv } from '../../api/index.ts';
import { isAppError } from '../../model/index.ts';
import { html } from '../html.ts';
import { csrfField } from '../layout.ts';
import { errorBox } from '../parts/messages.ts';
import { safeNext, type Ui, type UiPage } from '../ui.ts';

function renderForm(
  ui: Ui,
  c: Context<AppEnv>,
  next: string,
  problem: string | null,
  status: 200 | 401 | 429 = 200,
) {
  const body = html`${problem ? errorBox(problem) : ''}
    <form method="post" action="/login" class="login">
      ${csrfField(c)}
      <input type="hidden" name="next" value="${next}" />
      <div class="field">
        <label for="name">User name</label
        ><input id="name" name="name" type="text" required autocomplete="username" autofocus />
      </div>
      <div class="field">
        <label for="password">Password</label
        ><input id="password" name="password" type="password" required autocomplete="current-password" />
      </div>
      <p><button type="submit">Sign in</button></p>
    </form>`;
  return ui.page(c, { title: 'Sign in', status, body });
}

export const loginPage: UiPage = {
  id: 'login',
  mount(app, ui) {
    app.get('/login', (c) => {
      const next = safeNext(c.req.query('next'));
      if (c.get('principal')) return c.redirect(next, 303);
      return renderForm(ui, c, next, null);
    });
    app.post('/login', async (c) => {
      const form = await c.req.parseBody();
      const next = safeNext(typeof form['next'] === 'string' ? form['next'] : undefined);
      const input = {
        name: String(form['name'] ?? '').slice(0, 64),
        password: String(form['password'] ?? '').slice(0, 1000),
      };
      try {
        await ui.kit.services.login(c, ui.kit.clientOf(c), input);
      } catch (err) {
        if (!isAppError(err, 'auth.')) throw err;
        return renderForm(ui, c, next, err.message, isAppError(err, 'auth.rate_limited') ? 429 : 401);
      }
      return c.redirect(next, 303);
    });
    app.post('/logout', async (c) => {
      await ui.kit.services.logout(c);
      return c.redirect('/login', 303);
    });
  },
};
