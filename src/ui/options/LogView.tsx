import { useMemo, useState } from 'preact/hooks';
import { INTERACTION_KINDS, type InteractionKind } from '../../core/types';
import { addInteraction, deleteInteraction } from '../../db/interactions';
import { useLive } from '../hooks';
import { KIND_LABEL } from '../labels';
import { allContacts, allInteractions, allUnits, changed, db, matchesQuery } from './data';
import type { Notify } from './OptionsApp';

export function LogView({ notify }: { notify: Notify }) {
  const log = useLive(allInteractions);
  const contacts = useLive(allContacts);
  const units = useLive(allUnits);
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<InteractionKind | ''>('');
  const [contact, setContact] = useState('');
  const names = useMemo(() => new Map((contacts ?? []).map((c) => [c.id, c.name])), [contacts]);
  const unitTitles = useMemo(() => new Map((units ?? []).map((u) => [u.id, u.title])), [units]);
  const rows = useMemo(
    () =>
      (log ?? []).filter(
        (i) =>
          (!kind || i.kind === kind) &&
          (!contact || i.contactIds.includes(Number(contact))) &&
          matchesQuery(q, i.notes, i.contactIds.map((c) => names.get(c) ?? ''), unitTitles.get(i.unitId ?? -1)),
      ),
    [log, q, kind, contact, names, unitTitles],
  );
  if (!log) return <p aria-busy="true">Loading…</p>;
  return (
    <section aria-labelledby="h-log">
      <h1 id="h-log">Log</h1>
      {log.length === 0 ? (
        <div class="empty">
          <p>Nothing logged yet. Use the toolbar button to log a co-teaching idea in a few keystrokes.</p>
        </div>
      ) : (
        <>
          <div class="toolbar">
            <div class="grow">
              <label for="l-q">Search</label>
              <input id="l-q" type="search" value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
            </div>
            <div>
              <label for="l-kind">Kind</label>
              <select id="l-kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as InteractionKind | '')}>
                <option value="">All kinds</option>
                {INTERACTION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABEL[k]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="l-contact">Contact</label>
              <select id="l-contact" value={contact} onChange={(e) => setContact((e.target as HTMLSelectElement).value)}>
                <option value="">Everyone</option>
                {(contacts ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p class="muted small" aria-live="polite">
            {rows.length} of {log.length} entries
          </p>
          <ul class="list" data-testid="log-list">
            {rows.slice(0, 300).map((i) => (
              <li key={i.id}>
                <div class="row">
                  <span class="tag">{KIND_LABEL[i.kind]}</span>
                  <span class="muted small">{i.date}</span>
                  <span class="grow small">
                    {i.contactIds.map((c) => names.get(c) ?? 'deleted contact').join(', ')}
                    {i.unitId !== undefined && ` · ${unitTitles.get(i.unitId) ?? 'deleted unit'}`}
                  </span>
                  <button
                    type="button"
                    class="link"
                    aria-pressed={Boolean(i.highlight)}
                    title="Highlights appear in the report for the principal"
                    onClick={async () => {
                      await db.interactions.update(i.id, { highlight: !i.highlight });
                      await changed();
                    }}
                  >
                    {i.highlight ? '★ Highlight' : '☆ Highlight'}
                  </button>
                  <button
                    type="button"
                    class="link danger"
                    aria-label={`Delete log entry of ${i.date}`}
                    onClick={async () => {
                      const old = await deleteInteraction(db, i.id);
                      await changed();
                      if (old) {
                        const { id: _id, ...rest } = old;
                        notify({ message: 'Log entry deleted.', undo: async () => void (await addInteraction(db, rest), await changed()) });
                      }
                    }}
                  >
                    Delete
                  </button>
                </div>
                <div>{i.notes}</div>
                {i.contactIds.length > 0 && <div class="muted small">Restarted the check-in timer of {i.contactIds.map((c) => names.get(c) ?? '?').join(', ')}.</div>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
