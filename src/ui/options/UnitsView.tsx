import { useMemo, useState } from 'preact/hooks';
import type { Contact, Stored, Unit } from '../../core/types';
import { formatGrades, parseGrades } from '../../core/grades';
import { toIsoDate } from '../../core/dates';
import { editUnits, setArchived } from '../../db/bulk';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { RESOURCE_LABEL } from '../labels';
import { LogEntries } from './LogEntries';
import { UnitPlanLinks } from './UnitPlanLinks';
import { allContacts, allUnits, db, now, searchTextCache } from './data';
import { go } from './router';
import type { Notify } from './OptionsApp';
import type { BulkAction } from './list/BulkBar';
import { ConfirmDelete } from './list/ConfirmDelete';
import type { Column, SortState } from './list/ListTable';
import { announce, deleteRecords, describeDeletion } from './list/actions';
import { GRADE_OPTIONS, distinct, timingLabel, unitTiming, type UnitTiming } from './list/format';
import { useSelection } from './list/selection';
import { ListBody } from './list/ListBody';
import './list/lists.css';

export interface UnitFilters {
  q: string;
  subject: string;
  grade: string;
  when: UnitTiming | '';
  showArchived: boolean;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The units in the list's order (once per load and sort; filtering keeps the order). */
export function sortUnits(units: readonly Stored<Unit>[], sort: SortState): Stored<Unit>[] {
  const dir = sort.dir === 'asc' ? 1 : -1;
  const byTitle = (a: Stored<Unit>, b: Stored<Unit>) => collator.compare(a.title, b.title);
  const compare: Record<string, (a: Stored<Unit>, b: Stored<Unit>) => number> = {
    title: byTitle,
    subject: (a, b) => collator.compare(a.subject, b.subject) || byTitle(a, b),
    // Units without a start date go last when sorting by start.
    start: (a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || byTitle(a, b),
  };
  const cmp = compare[sort.by] ?? byTitle;
  return [...units].sort((a, b) => dir * cmp(a, b));
}

/** The units the filters keep, in the order given; `textOf` gives a unit's lowercased search text (teachers' names included). */
export function filterUnits(units: readonly Stored<Unit>[], f: UnitFilters, textOf: (u: Stored<Unit>) => string, today: string): Stored<Unit>[] {
  const needle = f.q.trim().toLowerCase();
  const subject = f.subject.toLowerCase();
  const grade = f.grade === '' ? null : Number(f.grade);
  return units.filter(
    (u) =>
      (f.showArchived || !u.archived) &&
      (!subject || u.subject.toLowerCase() === subject) &&
      (grade === null || u.grades.includes(grade)) &&
      (!f.when || unitTiming(u, today) === f.when) &&
      (!needle || textOf(u).includes(needle)),
  );
}

export function UnitsView({ notify }: { notify: Notify }) {
  const units = useLive(allUnits);
  const contacts = useLive(allContacts);
  const [filters, setFilters] = useState<UnitFilters>({ q: '', subject: '', grade: '', when: '', showArchived: false });
  const [sort, setSort] = useState<SortState>({ by: 'start', dir: 'asc' });
  const today = toIsoDate(now());
  const names = useMemo(() => new Map((contacts ?? []).map((c) => [c.id, c.name])), [contacts]);
  const textOf = useMemo(() => searchTextCache<Stored<Unit>>((u) => [u.title, u.subject, u.keywords, u.standards, u.teacherIds.map((id) => names.get(id) ?? '')]), [names]);
  const sorted = useMemo(() => sortUnits(units ?? [], sort), [units, sort]);
  const subjects = useMemo(() => distinct((units ?? []).map((u) => u.subject)), [units]);
  const rows = useMemo(() => filterUnits(sorted, filters, textOf, today), [sorted, filters, textOf, today]);
  const order = useMemo(() => rows.map((u) => u.id), [rows]);
  const selection = useSelection(order);
  const byId = useMemo(() => new Map((units ?? []).map((u) => [u.id, u])), [units]);
  const archivedCount = useMemo(() => (units ?? []).filter((u) => u.archived).length, [units]);
  const set = <K extends keyof UnitFilters>(key: K, value: UnitFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  if (!units) return <p aria-busy="true">{t('listsLoading')}</p>;

  const columns: Column<Stored<Unit>>[] = [
    {
      id: 'title',
      label: t('listsColUnit'),
      width: '30%',
      sortable: true,
      cell: (u) => (
        <>
          <a href={`#/units/${u.id}`}>{u.title}</a>
          {u.archived && <span class="tag">{t('listsArchivedTag')}</span>}
        </>
      ),
    },
    { id: 'subject', label: t('listsSubject'), width: '14%', sortable: true, cell: (u) => u.subject },
    { id: 'grades', label: t('listsColGrades'), width: '9%', cell: (u) => formatGrades(u.grades) },
    {
      id: 'start',
      label: t('listsColWhen'),
      width: '25%',
      sortable: true,
      cell: (u) => (
        <>
          {u.start ?? '?'} – {u.end ?? '?'} <span class="muted small">({timingLabel(unitTiming(u, today))})</span>
        </>
      ),
    },
    { id: 'teachers', label: t('listsColTeachers'), cell: (u) => u.teacherIds.map((id) => names.get(id) ?? '').filter(Boolean).join(', ') },
  ];

  const ids = selection.ids;
  const chosen = ids.map((id) => byId.get(id)).filter((u): u is Stored<Unit> => u !== undefined);
  const edit = async (patch: Parameters<typeof editUnits>[2]) => {
    const result = await editUnits(db, ids, patch);
    await announce(notify, result, t('listsEditedCount', result.count));
    return null;
  };
  const actions: BulkAction[] = [
    {
      id: 'subject',
      label: t('listsSubject'),
      input: 'text',
      apply: (v) => (v.trim() ? edit({ subject: v }) : Promise.resolve(t('listsBulkSubjectMissing'))),
    },
    {
      id: 'grades',
      label: t('listsColGrades'),
      input: 'text',
      hint: t('listsBulkGradesHint'),
      apply: (v) => {
        const parsed = parseGrades(v);
        if (!parsed.ok || parsed.grades.length === 0) return Promise.resolve(t('listsBulkGradesInvalid', v));
        return edit({ grades: parsed.grades });
      },
    },
  ];

  return (
    <section aria-labelledby="h-units">
      <h1 id="h-units">{t('listsUnitsTitle')}</h1>
      {units.length === 0 ? (
        <div class="empty">
          <p>{t('listsUnitsEmpty')}</p>
          <p>
            <a href="#/import">{t('listsUnitsEmptyImport')}</a> {t('listsUnitsEmptyColumns')}
          </p>
        </div>
      ) : (
        <>
          <div class="toolbar" role="search" aria-label={t('listsFiltersLabel')}>
            <div class="grow">
              <label for="u-q">{t('listsSearch')}</label>
              <input id="u-q" type="search" value={filters.q} onInput={(e) => set('q', (e.target as HTMLInputElement).value)} placeholder={t('listsUnitsSearchPlaceholder')} />
            </div>
            <div>
              <label for="u-subject">{t('listsSubject')}</label>
              <select id="u-subject" value={filters.subject} onChange={(e) => set('subject', (e.target as HTMLSelectElement).value)}>
                <option value="">{t('listsAllSubjects')}</option>
                {subjects.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
            <div class="ll-narrow">
              <label for="u-grade">{t('listsGrade')}</label>
              <select id="u-grade" value={filters.grade} onChange={(e) => set('grade', (e.target as HTMLSelectElement).value)}>
                <option value="">{t('listsAllGrades')}</option>
                {GRADE_OPTIONS.map(([v, label]) => (
                  <option key={v} value={v}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="u-when">{t('listsColWhen')}</label>
              <select id="u-when" value={filters.when} onChange={(e) => set('when', (e.target as HTMLSelectElement).value as UnitTiming | '')}>
                <option value="">{t('listsAnyTime')}</option>
                <option value="current">{t('listsUnitCurrent')}</option>
                <option value="upcoming">{t('listsUnitUpcoming')}</option>
                <option value="past">{t('listsUnitPast')}</option>
                <option value="undated">{t('listsUnitUndated')}</option>
              </select>
            </div>
            <label class="row ll-check">
              <input type="checkbox" checked={filters.showArchived} onChange={(e) => set('showArchived', (e.target as HTMLInputElement).checked)} />
              {t('listsShowArchived', archivedCount)}
            </label>
          </div>
          <ListBody
            table="units"
            countText={t('listsUnitsCount', rows.length, units.length)}
            label={t('listsUnitsTitle')}
            rows={rows}
            chosen={chosen}
            rowName={(u) => u.title}
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

export function UnitDetail({ id, notify }: { id: number; notify: Notify }) {
  const unit = useLive(() => db.units.get(id), [id]);
  const resources = useLive(() => db.resources.where('unitIds').equals(id).sortBy('title'), [id]);
  const log = useLive(() => db.interactions.where('unitId').equals(id).reverse().sortBy('date'), [id]);
  const contacts = useLive(allContacts);
  if (unit === undefined && resources === undefined) return <p aria-busy="true">{t('listsLoading')}</p>;
  if (!unit) {
    return (
      <p>
        {t('listsUnitGone')} <a href="#/units">{t('listsBackToUnits')}</a>
      </p>
    );
  }
  const people = new Map((contacts ?? []).map((c) => [c.id, c] as [number, Stored<Contact>]));
  const today = toIsoDate(now());
  const toggleArchived = async () => {
    const result = await setArchived(db, 'units', [id], !unit.archived);
    await announce(notify, result, unit.archived ? t('listsRestoredOne', unit.title) : t('listsArchivedOne', unit.title));
  };
  return (
    <article aria-labelledby="h-unit">
      <p>
        <a href="#/units">{t('listsBackUnits')}</a>
      </p>
      <h1 id="h-unit">
        {unit.title} {unit.archived && <span class="tag">{t('listsArchivedTag')}</span>}
      </h1>
      <p class="muted">
        {t('listsUnitFacts', unit.subject, formatGrades(unit.grades), unit.start ?? '?', unit.end ?? '?')} · {timingLabel(unitTiming(unit, today))}
      </p>
      {unit.archived && <p class="muted small">{t('listsUnitArchivedNote')}</p>}
      <p>{unit.description}</p>
      <p>
        {unit.keywords.map((k) => (
          <span class="tag" key={k}>
            {k}
          </span>
        ))}
      </p>
      {unit.standards.length > 0 && <p class="small">{t('listsStandardsValue', unit.standards.join(', '))}</p>}
      <UnitPlanLinks unit={unit} />
      <section aria-labelledby="h-u-teachers">
        <h2 id="h-u-teachers">{t('listsColTeachers')}</h2>
        {unit.teacherIds.length ? (
          <ul class="list">
            {unit.teacherIds.map((tid) => {
              const c = people.get(tid);
              return (
                <li key={tid}>
                  {c ? <a href={`#/contacts/${tid}`}>{c.name}</a> : <span class="muted">{t('listsDeletedContact')}</span>}
                  {c?.archived && <span class="tag">{t('listsArchivedTag')}</span>}
                  {c && <span class="muted small"> {t('listsLastContactValue', c.lastInteractionAt ?? t('listsNever'))}</span>}
                </li>
              );
            })}
          </ul>
        ) : (
          <p class="muted">{t('listsUnitNoTeachers')}</p>
        )}
      </section>
      <div class="row ll-detail-actions">
        <button type="button" onClick={() => void toggleArchived()} data-testid="detail-archive">
          {unit.archived ? t('listsUnarchive') : t('listsArchive')}
        </button>
        <ConfirmDelete
          count={1}
          testId="detail-delete"
          describe={() => describeDeletion('units', [id])}
          onDelete={async () => {
            await deleteRecords(notify, 'units', [id]);
            go('#/units');
          }}
        />
      </div>
      <div class="grid2" style={{ marginTop: '16px' }}>
        <section aria-labelledby="h-u-res">
          <h2 id="h-u-res">{t('listsResourcesCountTitle', resources?.length ?? 0)}</h2>
          {resources?.length ? (
            <ul class="list">
              {resources.map((r) => (
                <li key={r.id}>
                  <span class="tag">{RESOURCE_LABEL[r.kind]}</span> <a href={`#/resources/${r.id}`}>{r.title}</a>{' '}
                  {r.callNumber && <span class="muted small">{r.callNumber}</span>}
                  {r.archived && <span class="tag">{t('listsArchivedTag')}</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">
              {t('listsUnitNoResources')} <a href="#/resources">{t('listsUnitNoResourcesNext')}</a>
            </p>
          )}
        </section>
        <section aria-labelledby="h-u-log">
          <h2 id="h-u-log">{t('listsLogTitle')}</h2>
          <LogEntries entries={log} empty={t('listsUnitNoLog')} />
        </section>
      </div>
    </article>
  );
}
