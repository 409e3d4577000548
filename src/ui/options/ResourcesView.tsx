import { useMemo, useState } from 'preact/hooks';
import { RESOURCE_KINDS, type Resource, type ResourceKind, type Stored } from '../../core/types';
import { formatGrades } from '../../core/grades';
import { useLive } from '../hooks';
import { RESOURCE_LABEL } from '../labels';
import { allResources, allUnits, changed, db, matchesQuery, now } from './data';
import { go, type Route } from './router';
import type { Notify } from './OptionsApp';
import { safeUrl } from '../safe-url';

function NewResource({ route, notify }: { route: Route; notify: Notify }) {
  const [title, setTitle] = useState(route.params.get('title') ?? '');
  const [url, setUrl] = useState(route.params.get('url') ?? '');
  const [kind, setKind] = useState<ResourceKind>('website');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (!title.trim()) return setError('Give the resource a title.');
    if (url && !safeUrl(url)) return setError('The link must start with https:// or http://.');
    const id = await db.resources.add({ title: title.trim(), kind, url: url || undefined, subjects: [], grades: [], keywords: [], description: '', unitIds: [], createdAt: now().toISOString() } as Resource);
    await changed();
    go('#/resources');
    notify({ message: `“${title.trim()}” added.`, undo: async () => void (await db.resources.delete(id as number), await changed()) });
  };
  return (
    <form
      class="card"
      aria-labelledby="h-new-res"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="h-new-res">New resource</h2>
      <label for="nr-title">Title</label>
      <input id="nr-title" value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} autoFocus />
      <label for="nr-url">Link</label>
      <input id="nr-url" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
      <label for="nr-kind">Kind</label>
      <select id="nr-kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as ResourceKind)}>
        {RESOURCE_KINDS.map((k) => (
          <option key={k} value={k}>
            {RESOURCE_LABEL[k]}
          </option>
        ))}
      </select>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row" style={{ marginTop: '8px' }}>
        <button class="primary" type="submit">
          Save
        </button>
        <a href="#/resources">Cancel</a>
      </div>
    </form>
  );
}

export function ResourcesView({ route, notify }: { route: Route; notify: Notify }) {
  const resources = useLive(allResources);
  const units = useLive(allUnits);
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<ResourceKind | ''>('');
  const unitTitles = useMemo(() => new Map((units ?? []).map((u) => [u.id, u.title])), [units]);
  const rows = useMemo(
    () => (resources ?? []).filter((r) => (!kind || r.kind === kind) && matchesQuery(q, r.title, r.author, r.callNumber, r.keywords, r.subjects)),
    [resources, q, kind],
  );
  if (route.id === 'new') return <NewResource route={route} notify={notify} />;
  if (!resources) return <p aria-busy="true">Loading…</p>;
  const remove = async (r: Stored<Resource>) => {
    if (!confirm(`Delete “${r.title}”?`)) return;
    await db.resources.delete(r.id);
    await changed();
    notify({ message: `“${r.title}” deleted.`, undo: async () => void (await db.resources.put(r), await changed()) });
  };
  return (
    <section aria-labelledby="h-res">
      <div class="row">
        <h1 id="h-res" class="grow">
          Resources
        </h1>
        <a href="#/resources/new">Add a resource</a>
      </div>
      {resources.length === 0 ? (
        <div class="empty">
          <p>No resources yet.</p>
          <p>
            <a href="#/import">Import a resources CSV</a>, or <a href="#/resources/new">add one</a>.
          </p>
        </div>
      ) : (
        <>
          <div class="toolbar">
            <div class="grow">
              <label for="r-q">Search</label>
              <input id="r-q" type="search" value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} placeholder="Title, author, call number, keyword…" />
            </div>
            <div>
              <label for="r-kind">Kind</label>
              <select id="r-kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as ResourceKind | '')}>
                <option value="">All kinds</option>
                {RESOURCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {RESOURCE_LABEL[k]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p class="muted small" aria-live="polite">
            {rows.length} of {resources.length} resources
          </p>
          <table data-testid="resources-table">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Kind</th>
                <th scope="col">Call number / link</th>
                <th scope="col">Grades</th>
                <th scope="col">Units</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, 500).map((r) => {
                const href = safeUrl(r.url);
                return (
                  <tr key={r.id}>
                    <td>
                      {r.title}
                      {r.author && <div class="muted small">{r.author}</div>}
                    </td>
                    <td>{RESOURCE_LABEL[r.kind]}</td>
                    <td>{r.callNumber ?? (href ? <a href={href} target="_blank" rel="noopener noreferrer">link</a> : '')}</td>
                    <td>{formatGrades(r.grades)}</td>
                    <td class="small">{r.unitIds.map((u) => unitTitles.get(u)).filter(Boolean).join('; ')}</td>
                    <td>
                      <button type="button" class="link danger" onClick={() => void remove(r)} aria-label={`Delete ${r.title}`}>
                        Delete
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {rows.length > 500 && <p class="muted">Showing the first 500. Search to narrow the list.</p>}
        </>
      )}
    </section>
  );
}
