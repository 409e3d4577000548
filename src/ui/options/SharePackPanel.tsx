import { useState } from 'preact/hooks';
import type { Stored, Unit } from '../../core/types';
import { toIsoDate } from '../../core/dates';
import { exportSharePack, importSharePack, previewSharePack } from '../../db/share-pack';
import { parseSharePack, type SharePack, type SharePackPlan } from '../../io/share-pack';
import { decodeText } from '../../io/vcard';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { changed, db, matchesQuery, now } from './data';
import { download } from './ExportPanel';
import { errorText, readBytes } from './ImportView';
import type { Notify } from './OptionsApp';

/**
 * Share packs for district colleagues: chosen units with their resources, out to a
 * file and in from one, merged without duplicates. Contacts and the log never travel.
 */
export function SharePackPanel({ notify }: { notify: Notify }) {
  const units = useLive(() => db.units.orderBy('title').toArray() as Promise<Stored<Unit>[]>);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [filter, setFilter] = useState('');
  const [pending, setPending] = useState<{ name: string; pack: SharePack; plan: SharePackPlan } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (id: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  const save = async () => {
    setError(null);
    try {
      const pack = await exportSharePack(db, [...chosen], now());
      download(`library-liaison-share-pack-${toIsoDate(now())}.json`, JSON.stringify(pack, null, 1), 'application/json');
      notify({ message: t('dataPackSaved', pack.units.length, pack.resources.length) });
    } catch (e) {
      setError(errorText(e));
    }
  };

  const choose = async (file: File | undefined) => {
    setError(null);
    setPending(null);
    if (!file) return;
    try {
      const parsed = parseSharePack(decodeText(await readBytes(file)));
      if (!parsed.ok) return setError(t('dataPackRefused', file.name, parsed.error));
      setPending({ name: file.name, pack: parsed.pack, plan: await previewSharePack(db, parsed.pack) });
    } catch (e) {
      setError(errorText(e));
    }
  };

  const accept = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const s = await importSharePack(db, pending.pack, now());
      await changed();
      notify({ message: t('dataPackImported', s.newUnits, s.newResources) });
      setPending(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const shown = (units ?? []).filter((u) => !u.archived && matchesQuery(filter, u.title, u.subject, u.standards));
  return (
    <div class="card" style={{ marginTop: '16px' }} data-testid="share-pack">
      <h2>{t('dataPackHeading')}</h2>
      <p class="small muted">{t('dataPackIntro')}</p>
      <fieldset>
        <legend>{t('dataPackChoose')}</legend>
        <label for="pack-filter" class="visually-hidden">
          {t('dataPackFilter')}
        </label>
        <input id="pack-filter" type="search" placeholder={t('dataPackFilter')} value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
        <ul class="list small" style={{ maxHeight: '220px', overflow: 'auto' }}>
          {shown.map((u) => (
            <li key={u.id}>
              <label class="row" style={{ fontWeight: 400, margin: 0 }}>
                <input type="checkbox" style={{ width: 'auto' }} checked={chosen.has(u.id)} onChange={(e) => toggle(u.id, (e.target as HTMLInputElement).checked)} />
                {u.title}
                {u.standards.length > 0 && <span class="muted"> ({u.standards.join(', ')})</span>}
              </label>
            </li>
          ))}
        </ul>
        {units && units.length === 0 && <p class="small muted">{t('dataPackNoUnits')}</p>}
      </fieldset>
      <div class="row" style={{ marginTop: '8px' }}>
        <button type="button" data-testid="pack-save" disabled={chosen.size === 0} onClick={() => void save()}>
          {t('dataPackSave', chosen.size)}
        </button>
        <label class="row" style={{ fontWeight: 400, margin: 0 }}>
          {t('dataPackImportFrom')}
          <input type="file" data-testid="pack-file" accept=".json,application/json" style={{ width: 'auto' }} onChange={(e) => void choose((e.target as HTMLInputElement).files?.[0])} />
        </label>
      </div>
      {error && (
        <p class="error" role="alert" data-testid="pack-error">
          {error}
        </p>
      )}
      {pending && (
        <div data-testid="pack-preview">
          <p>{t('dataPackPreview', pending.name, pending.plan.newUnits, pending.plan.existingUnits, pending.plan.resources.length, pending.plan.newResources)}</p>
          <div class="row">
            <button type="button" class="primary" data-testid="pack-accept" disabled={busy} onClick={() => void accept()}>
              {t('dataPackAccept')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('dataCancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
