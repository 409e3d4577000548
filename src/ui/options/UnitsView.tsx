import { useMemo, useState } from 'preact/hooks';
import type { Stored, Unit } from '../../core/types';
import { formatGrades } from '../../core/grades';
import { unitWhen } from '../../core/panel';
import { toIsoDate } from '../../core/dates';
import { useLive } from '../hooks';
import { RESOURCE_LABEL } from '../labels';
import { LogEntries } from './LogEntries';
import { allContacts, allUnits, changed, db, matchesQuery, now } from './data';
import { go } from './router';
import type { Notify } from './OptionsApp';

export function UnitsView() {
  const units = useLive(allUnits);
  const contacts = useLive(allContacts);
  const [q, setQ] = useState('');
  const names = useMemo(() => new Map((contacts ?? []).map((c) => [c.id, c.name])), [contacts]);
  const rows = useMemo(() => (units ?? []).filter((u) => matchesQuery(q, u.title, u.subject, u.keywords, u.standards)), [units, q]);
  if (!units) return <p aria-busy="true">Loading…</p>;
  const today = toIsoDate(now());
  return (
    <section aria-labelledby="h-units">
      <h1 id="h-units">Units</h1>
      {units.length === 0 ? (
        <div class="empty">
          <p>No units yet.</p>
          <p>
            <a href="#/import">Import your curriculum map as CSV</a> (title, subject, grades, start, end, teachers, keywords, standards, description).
          </p>
        </div>
      ) : (
        <>
          <div class="toolbar">
            <div class="grow">
              <label for="u-q">Search</label>
              <input id="u-q" type="search" value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} placeholder="Title, subject, keyword, standard…" />
            </div>
          </div>
          <table data-testid="units-table">
            <thead>
              <tr>
                <th scope="col">Unit</th>
                <th scope="col">Subject</th>
                <th scope="col">Grades</th>
                <th scope="col">When</th>
                <th scope="col">Teachers</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.id}>
                  <td>
                    <a href={`#/units/${u.id}`}>{u.title}</a>
                  </td>
                  <td>{u.subject}</td>
                  <td>{formatGrades(u.grades)}</td>
                  <td>
                    {u.start ?? '?'} – {u.end ?? '?'} <span class="muted small">({unitWhen(u, today)})</span>
                  </td>
                  <td>{u.teacherIds.map((t) => names.get(t) ?? '').filter(Boolean).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

export function UnitDetail({ id, notify }: { id: number; notify: Notify }) {
  const unit = useLive(() => db.units.get(id), [id]);
  const resources = useLive(() => db.resources.where('unitIds').equals(id).toArray(), [id]);
  const log = useLive(() => db.interactions.where('unitId').equals(id).reverse().sortBy('date'), [id]);
  const contacts = useLive(allContacts);
  if (unit === undefined && resources === undefined) return <p aria-busy="true">Loading…</p>;
  if (!unit) return <p>This unit no longer exists. <a href="#/units">Back to units</a></p>;
  const names = new Map((contacts ?? []).map((c) => [c.id, c]));
  const remove = async () => {
    if (!confirm(`Delete the unit “${unit.title}”? Its resources stay in the library; log entries keep their text.`)) return;
    const snapshot = { ...unit } as Stored<Unit>;
    const tagged = (resources ?? []).map((r) => r.id!);
    await db.transaction('rw', db.units, db.resources, async () => {
      await db.units.delete(id);
      await db.resources.where('unitIds').equals(id).modify((r) => void (r.unitIds = r.unitIds.filter((u) => u !== id)));
    });
    await changed();
    go('#/units');
    notify({
      message: `“${snapshot.title}” deleted.`,
      undo: async () => {
        await db.transaction('rw', db.units, db.resources, async () => {
          await db.units.put(snapshot);
          await db.resources.where('id').anyOf(tagged).modify((r) => void (r.unitIds = [...new Set([...r.unitIds, id])]));
        });
        await changed();
      },
    });
  };
  return (
    <article aria-labelledby="h-unit">
      <p>
        <a href="#/units">← Units</a>
      </p>
      <h1 id="h-unit">{unit.title}</h1>
      <p class="muted">
        {unit.subject} · grades {formatGrades(unit.grades)} · {unit.start ?? '?'} – {unit.end ?? '?'}
      </p>
      <p>{unit.description}</p>
      <p>
        {unit.keywords.map((k) => (
          <span class="tag" key={k}>
            {k}
          </span>
        ))}
      </p>
      {unit.standards.length > 0 && <p class="small">Standards: {unit.standards.join(', ')}</p>}
      <p>
        Teachers:{' '}
        {unit.teacherIds.length
          ? unit.teacherIds.map((t, i) => (
              <span key={t}>
                {i > 0 && ', '}
                <a href={`#/contacts/${t}`}>{names.get(t)?.name ?? 'deleted contact'}</a>
              </span>
            ))
          : 'none named'}
      </p>
      <button type="button" class="danger" onClick={() => void remove()}>
        Delete unit…
      </button>
      <div class="grid2" style={{ marginTop: '16px' }}>
        <section aria-labelledby="h-u-res">
          <h2 id="h-u-res">Resources ({resources?.length ?? 0})</h2>
          <ul class="list">
            {(resources ?? []).map((r) => (
              <li key={r.id}>
                <span class="tag">{RESOURCE_LABEL[r.kind]}</span> {r.title} {r.callNumber && <span class="muted small">{r.callNumber}</span>}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="h-u-log">
          <h2 id="h-u-log">Log</h2>
          <LogEntries entries={log} empty="Nothing logged for this unit yet." />
        </section>
      </div>
    </article>
  );
}
