import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { adapters } from '../../sites/registry';
import { getSettings, updateSettings } from '../../db/settings';
import { normaliseHost, originPatterns } from '../../background/sites';
import { send } from '../../messaging/client';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { db, now } from './data';
import type { Notify } from './OptionsApp';

export function SitesView({ notify }: { notify: Notify }) {
  const settings = useLive(() => getSettings(db));
  const [host, setHost] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!settings) return <p aria-busy="true">{t('loading')}</p>;

  const toggle = async (id: string, on: boolean) => {
    const disabled = on ? settings.disabledSites.filter((s) => s !== id) : [...new Set([...settings.disabledSites, id])];
    await updateSettings(db, { disabledSites: disabled });
  };

  // permissions.request must run directly from the click, before any other await.
  const add = (e: Event) => {
    e.preventDefault();
    setError(null);
    const h = normaliseHost(host);
    if (!h) return setError(t('sitesErrorNotAddress', host));
    if (settings.customSites.some((s) => s.host === h)) return setError(t('sitesErrorAlreadyListed', h));
    browser.permissions
      .request({ origins: originPatterns(h) })
      .then(async (granted) => {
        if (!granted) {
          setError(t('sitesErrorNotGranted', h));
          return;
        }
        await updateSettings(db, { customSites: [...settings.customSites, { host: h, adapter: 'auto', addedAt: now().toISOString() }] });
        const r = await send({ type: 'sites:sync' });
        if (r.errors.length) setError(r.errors.join(' '));
        else notify({ message: t('sitesAdded', h) });
        setHost('');
      })
      .catch((err: unknown) => setError(t('sitesErrorRequest', err instanceof Error ? err.message : String(err))));
  };

  const remove = async (h: string) => {
    await updateSettings(db, { customSites: settings.customSites.filter((s) => s.host !== h) });
    await browser.permissions.remove({ origins: originPatterns(h) }).catch(() => false);
    await send({ type: 'sites:sync' });
    notify({ message: t('sitesRemoved', h) });
  };

  return (
    <section aria-labelledby="h-sites">
      <h1 id="h-sites">{t('navSites')}</h1>
      <p class="muted">{t('sitesIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('sitesColSite')}</th>
            <th scope="col">{t('sitesColAddresses')}</th>
            <th scope="col">{t('sitesColSuggestions')}</th>
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
                  <td class="small muted">{a.matches.join(', ') || t('sitesOwnDomains')}</td>
                  <td>
                    <label class="row" style={{ fontWeight: 400 }}>
                      <input type="checkbox" style={{ width: 'auto' }} checked={on} onChange={(e) => void toggle(a.id, (e.target as HTMLInputElement).checked)} />
                      {on ? t('sitesOn') : t('sitesOff')}
                    </label>
                  </td>
                </tr>
              );
            })}
        </tbody>
      </table>
      <h2 style={{ marginTop: '20px' }}>{t('sitesYours')}</h2>
      <p class="small muted">{t('sitesYoursHelp')}</p>
      {settings.customSites.length > 0 && (
        <ul class="list" data-testid="custom-sites">
          {settings.customSites.map((s) => (
            <li key={s.host} class="row">
              <span class="grow">{s.host}</span>
              <button type="button" class="link danger" aria-label={t('sitesRemoveHost', s.host)} onClick={() => void remove(s.host)}>
                {t('sitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add} style={{ alignItems: 'end' }}>
        <div class="grow">
          <label for="site-host">{t('sitesAddress')}</label>
          <input id="site-host" data-testid="site-host" value={host} placeholder="moodle.yourdistrict.org" onInput={(e) => setHost((e.target as HTMLInputElement).value)} />
        </div>
        <button type="submit" class="primary" data-testid="site-add">
          {t('sitesAdd')}
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
