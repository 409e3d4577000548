import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { adapters } from '../../sites/registry';
import { getSettings, updateSettings } from '../../db/settings';
import { normaliseHost, originPatterns } from '../../background/sites';
import { send } from '../../messaging/client';
import { useLive } from '../hooks';
import { db, now } from './data';
import type { Notify } from './OptionsApp';

export function SitesView({ notify }: { notify: Notify }) {
  const settings = useLive(() => getSettings(db));
  const [host, setHost] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!settings) return <p aria-busy="true">Loading…</p>;

  const toggle = async (id: string, on: boolean) => {
    const disabled = on ? settings.disabledSites.filter((s) => s !== id) : [...new Set([...settings.disabledSites, id])];
    await updateSettings(db, { disabledSites: disabled });
  };

  // permissions.request must run directly from the click, before any other await.
  const add = (e: Event) => {
    e.preventDefault();
    setError(null);
    const h = normaliseHost(host);
    if (!h) return setError(`“${host}” is not a web address. Type the site's address, like moodle.yourdistrict.org.`);
    if (settings.customSites.some((s) => s.host === h)) return setError(`${h} is already on the list.`);
    browser.permissions
      .request({ origins: originPatterns(h) })
      .then(async (granted) => {
        if (!granted) {
          setError(`Access to ${h} was not granted, so Library Liaison cannot read its pages. Nothing was added.`);
          return;
        }
        await updateSettings(db, { customSites: [...settings.customSites, { host: h, adapter: 'auto', addedAt: now().toISOString() }] });
        const r = await send({ type: 'sites:sync' });
        if (r.errors.length) setError(r.errors.join(' '));
        else notify({ message: `${h} added. Reload its pages to see suggestions.` });
        setHost('');
      })
      .catch((err: unknown) => setError(`Could not ask for access: ${err instanceof Error ? err.message : String(err)}`));
  };

  const remove = async (h: string) => {
    await updateSettings(db, { customSites: settings.customSites.filter((s) => s.host !== h) });
    await browser.permissions.remove({ origins: originPatterns(h) }).catch(() => false);
    await send({ type: 'sites:sync' });
    notify({ message: `${h} removed.` });
  };

  return (
    <section aria-labelledby="h-sites">
      <h1 id="h-sites">Sites</h1>
      <p class="muted">Library Liaison reads the pages of these sites, on your computer only, to suggest units and resources. Nothing is sent anywhere.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Addresses</th>
            <th scope="col">Suggestions</th>
          </tr>
        </thead>
        <tbody>
          {adapters
            .filter((a) => a.id !== 'generic')
            .map((a) => {
              const on = !settings.disabledSites.includes(a.id);
              return (
                <tr key={a.id}>
                  <td>{a.name}</td>
                  <td class="small muted">{a.matches.join(', ') || 'your own domains (add below)'}</td>
                  <td>
                    <label class="row" style={{ fontWeight: 400 }}>
                      <input type="checkbox" style={{ width: 'auto' }} checked={on} onChange={(e) => void toggle(a.id, (e.target as HTMLInputElement).checked)} />
                      {on ? 'On' : 'Off'}
                    </label>
                  </td>
                </tr>
              );
            })}
        </tbody>
      </table>
      <h2 style={{ marginTop: '20px' }}>Your own sites</h2>
      <p class="small muted">A district's Moodle or Canvas on its own domain. Your browser will ask you to allow access to that site only.</p>
      {settings.customSites.length > 0 && (
        <ul class="list" data-testid="custom-sites">
          {settings.customSites.map((s) => (
            <li key={s.host} class="row">
              <span class="grow">{s.host}</span>
              <button type="button" class="link danger" onClick={() => void remove(s.host)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add} style={{ alignItems: 'end' }}>
        <div class="grow">
          <label for="site-host">Site address</label>
          <input id="site-host" data-testid="site-host" value={host} placeholder="moodle.yourdistrict.org" onInput={(e) => setHost((e.target as HTMLInputElement).value)} />
        </div>
        <button type="submit" class="primary" data-testid="site-add">
          Add site
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
