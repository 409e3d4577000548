import { useMemo, useState } from 'preact/hooks';
import { RESOURCE_KINDS, type Resource, type ResourceKind, type Stored, type Unit } from '../../core/types';
import { formatGrades } from '../../core/grades';
import { editResources, setArchived } from '../../db/bulk';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { RESOURCE_LABEL } from '../labels';
import { allResources, allUnits, changed, db, now, searchTextCache } from './data';
import { go, type Route } from './router';
import type { Notify } from './OptionsApp';
import { safeUrl } from '../safe-url';
import type { BulkAction } from './list/BulkBar';
import { ConfirmDelete } from './list/ConfirmDelete';
import type { Column, SortState } from './list/ListTable';
import { announce, deleteRecords, describeDeletion } from './list/actions';
import { GRADE_OPTIONS, distinct } from './list/format';
import { useSelection } from './list/selection';
import { ListBody } from './list/ListBody';
import './list/lists.css';

function NewResource({ route, notify }: { route: Route; notify: Notify }) {
  const [title, setTitle] = useState(route.params.get('title') ?? '');
  const [url, setUrl] = useState(route.params.get('url') ?? '');
  const [kind, setKind] = useState<ResourceKind>('website');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (!title.trim()) return setError(t('listsNewResourceNoTitle'));
    if (url && !safeUrl(url)) return setError(t('listsNewResourceBadLink'));
    const id = await db.resources.add({ title: title.trim(), kind, url: url || undefined, subjects: [], grades: [], keywords: [], description: '', unitIds: [], createdAt: now().toISOString() } as Resource);
    await changed();
    go('#/resources');
    notify({ message: t('listsAddedOne', title.trim()), undo: async () => void (await db.resources.delete(id as number), await changed()) });
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
      <h2 id="h-new-res">{t('listsNewResourceTitle')}</h2>
      <label for="nr-title">{t('listsColTitle')}</label>
      <input id="nr-title" value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} autoFocus />
      <label for="nr-url">{t('listsLink')}</label>
      <input id="nr-url" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
      <label for="nr-kind">{t('listsColKind')}</label>
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
          {t('listsSave')}
        </button>
        <a href="#/resources">{t('listsCancel')}</a>
      </div>
    </form>
  );
}

export interface ResourceFilters {
  q: string;
  kind: ResourceKind | '';
  subject: string;
  grade: string;
  /** A unit id as a string, 'none' for resources tagged for no unit, or '' for any. */
  unit: string;
  showArchived: boolean;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The resources in the list's order (once per load and sort; filtering keeps the order). */
export function sortResources(resources: readonly Stored<Resource>[], sort: SortState): Stored<Resource>[] {
  const dir = sort.dir === 'asc' ? 1 : -1;
  const byTitle = (a: Stored<Resource>, b: Stored<Resource>) => collator.compare(a.title, b.title);
  const compare: Record<string, (a: Stored<Resource>, b: Stored<Resource>) => number> = {
    title: byTitle,
    kind: (a, b) => collator.compare(RESOURCE_LABEL[a.kind], RESOURCE_LABEL[b.kind]) || byTitle(a, b),
    call: (a, b) => collator.compare(a.callNumber ?? '~', b.callNumber ?? '~') || byTitle(a, b),
  };
  const cmp = compare[sort.by] ?? byTitle;
  return [...resources].sort((a, b) => dir * cmp(a, b));
}

/** The resources the filters keep, in the order given; `textOf` gives a resource's lowercased search text. */
export function filterResources(resources: readonly Stored<Resource>[], f: ResourceFilters, textOf: (r: Stored<Resource>) => string): Stored<Resource>[] {
  const needle = f.q.trim().toLowerCase();
  const subject = f.subject.toLowerCase();
  const grade = f.grade === '' ? null : Number(f.grade);
  const unit = f.unit === '' || f.unit === 'none' ? null : Number(f.unit);
  return resources.filter(
    (r) =>
      (f.showArchived || !r.archived) &&
      (!f.kind || r.kind === f.kind) &&
      (!subject || r.subjects.some((s) => s.toLowerCase() === subject)) &&
      (grade === null || r.grades.includes(grade)) &&
      (f.unit !== 'none' || r.unitIds.length === 0) &&
      (unit === null || r.unitIds.includes(unit)) &&
      (!needle || textOf(r).includes(needle)),
  );
}

/** [id, title] of the units to tag with, current ones first by title; archived units are not offered. */
const unitOptions = (units: readonly Stored<Unit>[]): [string, string][] =>
  units.filter((u) => !u.archived).map((u): [string, string] => [String(u.id), u.title]).sort((a, b) => collator.compare(a[1], b[1]));

export function ResourcesView({ route, notify }: { route: Route; notify: Notify }) {
  if (route.id === 'new') return <NewResource route={route} notify={notify} />;
  if (route.id) return <ResourceDetail id={Number(route.id)} notify={notify} />;
  return <ResourceList notify={notify} />;
}

function ResourceList({ notify }: { notify: Notify }) {
  const resources = useLive(allResources);
  const units = useLive(allUnits);
  const [filters, setFilters] = useState<ResourceFilters>({ q: '', kind: '', subject: '', grade: '', unit: '', showArchived: false });
  const [sort, setSort] = useState<SortState>({ by: 'title', dir: 'asc' });
  const unitTitles = useMemo(() => new Map((units ?? []).map((u) => [u.id, u.title])), [units]);
  const textOf = useMemo(() => searchTextCache<Stored<Resource>>((r) => [r.title, r.author, r.callNumber, r.keywords, r.subjects, r.description]), []);
  const sorted = useMemo(() => sortResources(resources ?? [], sort), [resources, sort]);
  const subjects = useMemo(() => distinct((resources ?? []).flatMap((r) => r.subjects)), [resources]);
  const tagOptions = useMemo(() => unitOptions(units ?? []), [units]);
  const rows = useMemo(() => filterResources(sorted, filters, textOf), [sorted, filters, textOf]);
  const order = useMemo(() => rows.map((r) => r.id), [rows]);
  const selection = useSelection(order);
  const byId = useMemo(() => new Map((resources ?? []).map((r) => [r.id, r])), [resources]);
  const archivedCount = useMemo(() => (resources ?? []).filter((r) => r.archived).length, [resources]);
  const set = <K extends keyof ResourceFilters>(key: K, value: ResourceFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  if (!resources) return <p aria-busy="true">{t('listsLoading')}</p>;

  const columns: Column<Stored<Resource>>[] = [
    {
      id: 'title',
      label: t('listsColTitle'),
      width: '32%',
      sortable: true,
      cell: (r) => (
        <>
          <a href={`#/resources/${r.id}`}>{r.title}</a>
          {r.archived && <span class="tag">{t('listsArchivedTag')}</span>}
          {r.author && <span class="muted small"> · {r.author}</span>}
        </>
      ),
    },
    { id: 'kind', label: t('listsColKind'), width: '11%', sortable: true, cell: (r) => RESOURCE_LABEL[r.kind] },
    {
      id: 'call',
      label: t('listsColCallOrLink'),
      width: '15%',
      sortable: true,
      cell: (r) => {
        const href = safeUrl(r.url);
        return r.callNumber ?? (href ? <a href={href} target="_blank" rel="noopener noreferrer">{t('listsLinkWord')}</a> : '');
      },
    },
    { id: 'grades', label: t('listsColGrades'), width: '9%', cell: (r) => formatGrades(r.grades) },
    { id: 'units', label: t('listsUnitsTitle'), cell: (r) => r.unitIds.map((u) => unitTitles.get(u)).filter(Boolean).join('; ') },
  ];

  const ids = selection.ids;
  const chosen = ids.map((id) => byId.get(id)).filter((r): r is Stored<Resource> => r !== undefined);
  const edit = async (patch: Parameters<typeof editResources>[2]) => {
    const result = await editResources(db, ids, patch);
    await announce(notify, result, t('listsEditedCount', result.count));
    return null;
  };
  const taggedUnits = [...new Set(chosen.flatMap((r) => r.unitIds))]
    .map((u): [string, string] => [String(u), unitTitles.get(u) ?? ''])
    .filter(([, title]) => title)
    .sort((a, b) => collator.compare(a[1], b[1]));
  const actions: BulkAction[] = [
    { id: 'kind', label: t('listsColKind'), input: 'select', options: RESOURCE_KINDS.map((k) => [k, RESOURCE_LABEL[k]]), apply: (v) => edit({ kind: v as ResourceKind }) },
    {
      id: 'tag',
      label: t('listsBulkTagUnit'),
      input: 'select',
      options: tagOptions,
      apply: (v) => (v ? edit({ addUnitIds: [Number(v)] }) : Promise.resolve(t('listsBulkUnitMissing'))),
    },
    {
      id: 'untag',
      label: t('listsBulkUntagUnit'),
      input: 'select',
      options: taggedUnits,
      apply: (v) => (v ? edit({ removeUnitIds: [Number(v)] }) : Promise.resolve(t('listsBulkUnitMissing'))),
    },
  ];

  return (
    <section aria-labelledby="h-res">
      <div class="row">
        <h1 id="h-res" class="grow">
          {t('listsResourcesTitle')}
        </h1>
        <a href="#/resources/new">{t('listsAddResource')}</a>
      </div>
      {resources.length === 0 ? (
        <div class="empty">
          <p>{t('listsResourcesEmpty')}</p>
          <p>
            <a href="#/import">{t('listsResourcesEmptyImport')}</a> {t('listsOr')} <a href="#/resources/new">{t('listsResourcesEmptyAdd')}</a>
          </p>
        </div>
      ) : (
        <>
          <div class="toolbar" role="search" aria-label={t('listsFiltersLabel')}>
            <div class="grow">
              <label for="r-q">{t('listsSearch')}</label>
              <input id="r-q" type="search" value={filters.q} onInput={(e) => set('q', (e.target as HTMLInputElement).value)} placeholder={t('listsResourcesSearchPlaceholder')} />
            </div>
            <div>
              <label for="r-kind">{t('listsColKind')}</label>
              <select id="r-kind" value={filters.kind} onChange={(e) => set('kind', (e.target as HTMLSelectElement).value as ResourceKind | '')}>
                <option value="">{t('listsAllKinds')}</option>
                {RESOURCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {RESOURCE_LABEL[k]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="r-subject">{t('listsSubject')}</label>
              <select id="r-subject" value={filters.subject} onChange={(e) => set('subject', (e.target as HTMLSelectElement).value)}>
                <option value="">{t('listsAllSubjects')}</option>
                {subjects.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
            <div class="ll-narrow">
              <label for="r-grade">{t('listsGrade')}</label>
              <select id="r-grade" value={filters.grade} onChange={(e) => set('grade', (e.target as HTMLSelectElement).value)}>
                <option value="">{t('listsAllGrades')}</option>
                {GRADE_OPTIONS.map(([v, label]) => (
                  <option key={v} value={v}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="r-unit">{t('listsUnit')}</label>
              <select id="r-unit" value={filters.unit} onChange={(e) => set('unit', (e.target as HTMLSelectElement).value)}>
                <option value="">{t('listsAnyUnit')}</option>
                <option value="none">{t('listsNoUnit')}</option>
                {tagOptions.map(([v, label]) => (
                  <option key={v} value={v}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <label class="row ll-check">
              <input type="checkbox" checked={filters.showArchived} onChange={(e) => set('showArchived', (e.target as HTMLInputElement).checked)} />
              {t('listsShowArchived', archivedCount)}
            </label>
          </div>
          <ListBody
            table="resources"
            countText={t('listsResourcesCount', rows.length, resources.length)}
            label={t('listsResourcesTitle')}
            rows={rows}
            chosen={chosen}
            rowName={(r) => r.title}
            columns={columns}
            selection={selection}
            sort={sort}
            setSort={setSort}
            actions={actions}
            filters={filters}
            notify={notify}
          />
        </>
      )}
    </section>
  );
}

/** `#/resources/3`: what the resource is, the units it is tagged for (tag and untag here), archive and delete. */
function ResourceDetail({ id, notify }: { id: number; notify: Notify }) {
  const resource = useLive(() => db.resources.get(id), [id]);
  const units = useLive(allUnits);
  const [adding, setAdding] = useState('');
  if (resource === undefined && units === undefined) return <p aria-busy="true">{t('listsLoading')}</p>;
  if (!resource) {
    return (
      <p>
        {t('listsResourceGone')} <a href="#/resources">{t('listsBackToResources')}</a>
      </p>
    );
  }
  const byId = new Map((units ?? []).map((u) => [u.id, u]));
  const tagged = resource.unitIds.map((u) => byId.get(u)).filter((u): u is Stored<Unit> => u !== undefined);
  const offer = unitOptions(units ?? []).filter(([v]) => !resource.unitIds.includes(Number(v)));
  const href = safeUrl(resource.url);
  const retag = async (patch: Parameters<typeof editResources>[2], message: string) => {
    const result = await editResources(db, [id], patch);
    await announce(notify, result, message);
  };
  const toggleArchived = async () => {
    const result = await setArchived(db, 'resources', [id], !resource.archived);
    await announce(notify, result, resource.archived ? t('listsRestoredOne', resource.title) : t('listsArchivedOne', resource.title));
  };
  return (
    <article aria-labelledby="h-resource">
      <p>
        <a href="#/resources">{t('listsBackResources')}</a>
      </p>
      <h1 id="h-resource">
        {resource.title} {resource.archived && <span class="tag">{t('listsArchivedTag')}</span>}
      </h1>
      <p class="muted">
        {RESOURCE_LABEL[resource.kind]}
        {resource.author ? ` · ${resource.author}` : ''}
        {resource.callNumber ? ` · ${resource.callNumber}` : ''}
        {resource.grades.length > 0 ? ` · ${t('listsGradesValue', formatGrades(resource.grades))}` : ''}
      </p>
      {href && (
        <p>
          <a href={href} target="_blank" rel="noopener noreferrer">
            {href}
          </a>
        </p>
      )}
      {resource.archived && <p class="muted small">{t('listsResourceArchivedNote')}</p>}
      {resource.description && <p>{resource.description}</p>}
      <p>
        {[...resource.subjects, ...resource.keywords].map((k) => (
          <span class="tag" key={k}>
            {k}
          </span>
        ))}
      </p>
      <div class="row ll-detail-actions">
        <button type="button" onClick={() => void toggleArchived()} data-testid="detail-archive">
          {resource.archived ? t('listsUnarchive') : t('listsArchive')}
        </button>
        <ConfirmDelete
          count={1}
          testId="detail-delete"
          describe={() => describeDeletion('resources', [id])}
          onDelete={async () => {
            await deleteRecords(notify, 'resources', [id]);
            go('#/resources');
          }}
        />
      </div>
      <section aria-labelledby="h-r-units">
        <h2 id="h-r-units">{t('listsUnitsTitle')}</h2>
        {tagged.length ? (
          <ul class="list">
            {tagged.map((u) => (
              <li key={u.id}>
                <a href={`#/units/${u.id}`}>{u.title}</a> <span class="muted small">{u.start ?? ''}</span>
                {u.archived && <span class="tag">{t('listsArchivedTag')}</span>}{' '}
                <button type="button" class="link" onClick={() => void retag({ removeUnitIds: [u.id] }, t('listsUntaggedOne', u.title))} aria-label={t('listsUntagLabel', u.title)}>
                  {t('listsUntag')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('listsResourceNoUnits')}</p>
        )}
        {offer.length > 0 && (
          <form
            class="row"
            onSubmit={(e) => {
              e.preventDefault();
              if (adding) void retag({ addUnitIds: [Number(adding)] }, t('listsTaggedOne', byId.get(Number(adding))?.title ?? '')).then(() => setAdding(''));
            }}
          >
            <div>
              <label for="r-add-unit">{t('listsBulkTagUnit')}</label>
              <select id="r-add-unit" value={adding} onChange={(e) => setAdding((e.target as HTMLSelectElement).value)}>
                <option value="">{t('listsChooseUnit')}</option>
                {offer.map(([v, label]) => (
                  <option key={v} value={v}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" disabled={!adding}>
              {t('listsTag')}
            </button>
          </form>
        )}
      </section>
    </article>
  );
}
