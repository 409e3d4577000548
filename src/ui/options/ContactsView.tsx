import { useMemo, useState } from 'preact/hooks';
import { ROLES, type Role } from '../../core/types';
import { checkInStatus } from '../../core/checkin';
import { formatGrades } from '../../core/grades';
import { toIsoDate } from '../../core/dates';
import { getSettings } from '../../db/settings';
import { recomputeLastInteraction } from '../../db/interactions';
import { useLive } from '../hooks';
import { ROLE_LABEL } from '../labels';
import { LogEntries } from './LogEntries';
import { allContacts, changed, db, matchesQuery, now } from './data';
import { go } from './router';
import type { Notify } from './OptionsApp';

export function ContactsView() {
  const contacts = useLive(allContacts);
  const settings = useLive(() => getSettings(db));
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [showArchived, setShowArchived] = useState(false);
  const today = toIsoDate(now());
  const rows = useMemo(
    () =>
      (contacts ?? []).filter(
        (c) => (showArchived || !c.archived) && (!role || c.role === role) && matchesQuery(q, c.name, c.email, c.subjects, c.organization),
      ),
    [contacts, q, role, showArchived],
  );
  if (!contacts || !settings) return <p aria-busy="true">Loading…</p>;
  return (
    <section aria-labelledby="h-contacts">
      <h1 id="h-contacts">Contacts</h1>
      {contacts.length === 0 ? (
        <div class="empty">
          <p>No contacts yet.</p>
          <p>
            <a href="#/import">Import a spreadsheet, Google or Outlook export, or vCard file</a>, or load the sample school to look around.
          </p>
        </div>
      ) : (
        <>
          <div class="toolbar">
            <div class="grow">
              <label for="c-q">Search</label>
              <input id="c-q" type="search" value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} placeholder="Name, email, subject…" />
            </div>
            <div>
              <label for="c-role">Role</label>
              <select id="c-role" value={role} onChange={(e) => setRole((e.target as HTMLSelectElement).value as Role | '')}>
                <option value="">All roles</option>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABEL[r]}
                  </option>
                ))}
              </select>
            </div>
            <label class="row" style={{ fontWeight: 400 }}>
              <input type="checkbox" style={{ width: 'auto' }} checked={showArchived} onChange={(e) => setShowArchived((e.target as HTMLInputElement).checked)} />
              Show archived
            </label>
          </div>
          <p class="muted small" aria-live="polite">
            {rows.length} of {contacts.length} contacts
          </p>
          <table data-testid="contacts-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Subjects</th>
                <th scope="col">Grades</th>
                <th scope="col">Check-in</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => {
                const s = checkInStatus(c, c.lastInteractionAt, settings, today);
                return (
                  <tr key={c.id}>
                    <td>
                      <a href={`#/contacts/${c.id}`}>{c.name}</a>
                      {c.archived && <span class="tag">archived</span>}
                    </td>
                    <td>{ROLE_LABEL[c.role]}</td>
                    <td>{c.subjects.join(', ')}</td>
                    <td>{formatGrades(c.grades)}</td>
                    <td class={`status-${s.status}`}>{s.text}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

export function ContactDetail({ id, notify }: { id: number; notify: Notify }) {
  const contact = useLive(() => db.contacts.get(id), [id]);
  const units = useLive(() => db.units.where('teacherIds').equals(id).toArray(), [id]);
  const log = useLive(() => db.interactions.where('contactIds').equals(id).reverse().sortBy('date'), [id]);
  const settings = useLive(() => getSettings(db));
  if (contact === undefined && log === undefined) return <p aria-busy="true">Loading…</p>;
  if (!contact) return <p>This contact no longer exists. <a href="#/contacts">Back to contacts</a></p>;
  const s = settings ? checkInStatus(contact, contact.lastInteractionAt, settings, toIsoDate(now())) : null;

  const setArchived = async (archived: boolean) => {
    await db.contacts.update(id, { archived });
    await changed();
    notify({ message: archived ? `${contact.name} archived.` : `${contact.name} restored.`, undo: async () => void (await db.contacts.update(id, { archived: !archived }), await changed()) });
  };
  const remove = async () => {
    if (!confirm(`Delete ${contact.name}? Their log entries stay, without their name.`)) return;
    const snapshot = { ...contact };
    await db.transaction('rw', db.contacts, db.units, async () => {
      await db.contacts.delete(id);
      await db.units.where('teacherIds').equals(id).modify((u) => void (u.teacherIds = u.teacherIds.filter((t) => t !== id)));
    });
    await changed();
    go('#/contacts');
    notify({ message: `${snapshot.name} deleted.`, undo: async () => void (await db.contacts.put(snapshot), await recomputeLastInteraction(db, [id]), await changed()) });
  };
  const setCadence = async (value: string) => {
    const n = value === '' ? undefined : Math.max(0, Math.floor(Number(value)));
    await db.contacts.update(id, { checkInDays: Number.isFinite(n) ? n : undefined });
    await changed();
  };

  return (
    <article aria-labelledby="h-contact">
      <p>
        <a href="#/contacts">← Contacts</a>
      </p>
      <h1 id="h-contact">{contact.name}</h1>
      <p class="muted">
        {ROLE_LABEL[contact.role]}
        {contact.organization ? ` · ${contact.organization}` : ''}
        {contact.email ? ' · ' : ''}
        {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
      </p>
      {s && <p class={`status-${s.status}`}>{s.text}</p>}
      <div class="row">
        <div>
          <label for="cadence">Check in every (days, empty = role default, 0 = never)</label>
          <input id="cadence" type="number" min={0} style={{ width: '120px' }} value={contact.checkInDays ?? ''} onChange={(e) => void setCadence((e.target as HTMLInputElement).value)} />
        </div>
      </div>
      <div class="row" style={{ margin: '12px 0' }}>
        <button type="button" onClick={() => void setArchived(!contact.archived)}>
          {contact.archived ? 'Restore' : 'Archive'}
        </button>
        <button type="button" class="danger" onClick={() => void remove()}>
          Delete…
        </button>
      </div>
      {contact.notes && <p>{contact.notes}</p>}
      <div class="grid2">
        <section aria-labelledby="h-c-units">
          <h2 id="h-c-units">Units</h2>
          {units?.length ? (
            <ul class="list">
              {units.map((u) => (
                <li key={u.id}>
                  <a href={`#/units/${u.id}`}>{u.title}</a> <span class="muted small">{u.start ?? ''}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">Not named as a teacher on any unit.</p>
          )}
        </section>
        <section aria-labelledby="h-c-log">
          <h2 id="h-c-log">Log</h2>
          <LogEntries entries={log} empty={`Nothing logged with ${contact.name} yet.`} />
        </section>
      </div>
    </article>
  );
}

