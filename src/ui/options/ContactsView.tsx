import { useMemo, useState } from 'preact/hooks';
import { ROLES, type Contact, type Role, type Stored } from '../../core/types';
import { formatGrades } from '../../core/grades';
import { toIsoDate } from '../../core/dates';
import { editContacts, setArchived } from '../../db/bulk';
import { getSettings } from '../../db/settings';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { ROLE_LABEL } from '../labels';
import { LogEntries } from './LogEntries';
import { allContacts, changed, db, now, searchTextCache } from './data';
import { go } from './router';
import type { Notify } from './OptionsApp';
import type { BulkAction } from './list/BulkBar';
import { ConfirmDelete } from './list/ConfirmDelete';
import type { Column, SortState } from './list/ListTable';
import { announce, deleteRecords, describeDeletion } from './list/actions';
import { GRADE_OPTIONS, checkInLabel, distinct, lastContactLabel, timingLabel, unitTiming } from './list/format';
import { useSelection } from './list/selection';
import { ListBody } from './list/ListBody';
import './list/lists.css';

export interface ContactFilters {
  q: string;
  role: Role | '';
  subject: string;
  /** A grade as a string ('0' = K), or '' for any. */
  grade: string;
  showArchived: boolean;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The contacts in the list's order. Done once per load and sort, not per keystroke (filtering keeps the order). */
export function sortContacts(contacts: readonly Stored<Contact>[], sort: SortState): Stored<Contact>[] {
  const dir = sort.dir === 'asc' ? 1 : -1;
  const byName = (a: Stored<Contact>, b: Stored<Contact>) => collator.compare(a.name, b.name);
  const compare: Record<string, (a: Stored<Contact>, b: Stored<Contact>) => number> = {
    name: byName,
    role: (a, b) => collator.compare(ROLE_LABEL[a.role], ROLE_LABEL[b.role]) || byName(a, b),
    // Never contacted sorts as the longest ago.
    last: (a, b) => (a.lastInteractionAt ?? '').localeCompare(b.lastInteractionAt ?? '') || byName(a, b),
  };
  const cmp = compare[sort.by] ?? byName;
  return [...contacts].sort((a, b) => dir * cmp(a, b));
}

/** The contacts the filters keep, in the order given; `textOf` gives a contact's lowercased search text. */
export function filterContacts(contacts: readonly Stored<Contact>[], f: ContactFilters, textOf: (c: Stored<Contact>) => string): Stored<Contact>[] {
  const needle = f.q.trim().toLowerCase();
  const subject = f.subject.toLowerCase();
  const grade = f.grade === '' ? null : Number(f.grade);
  return contacts.filter(
    (c) =>
      (f.showArchived || !c.archived) &&
      (!f.role || c.role === f.role) &&
      (!subject || c.subjects.some((s) => s.toLowerCase() === subject)) &&
      (grade === null || c.grades.includes(grade)) &&
      (!needle || textOf(c).includes(needle)),
  );
}

const roleOptions = (): [string, string][] => ROLES.map((r) => [r, ROLE_LABEL[r]]);

export function ContactsView({ notify }: { notify: Notify }) {
  const contacts = useLive(allContacts);
  const settings = useLive(() => getSettings(db));
  const [filters, setFilters] = useState<ContactFilters>({ q: '', role: '', subject: '', grade: '', showArchived: false });
  const [sort, setSort] = useState<SortState>({ by: 'name', dir: 'asc' });
  const textOf = useMemo(() => searchTextCache<Stored<Contact>>((c) => [c.name, c.email, c.subjects, c.organization, c.notes]), []);
  const sorted = useMemo(() => sortContacts(contacts ?? [], sort), [contacts, sort]);
  const subjects = useMemo(() => distinct((contacts ?? []).flatMap((c) => c.subjects)), [contacts]);
  const rows = useMemo(() => filterContacts(sorted, filters, textOf), [sorted, filters, textOf]);
  const order = useMemo(() => rows.map((c) => c.id), [rows]);
  const selection = useSelection(order);
  const archivedCount = useMemo(() => (contacts ?? []).filter((c) => c.archived).length, [contacts]);
  const byId = useMemo(() => new Map((contacts ?? []).map((c) => [c.id, c])), [contacts]);
  const today = toIsoDate(now());
  const set = <K extends keyof ContactFilters>(key: K, value: ContactFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  // Kept between renders so that rows only re-render when their contact changes (see ListTable's Row).
  const columns = useMemo<Column<Stored<Contact>>[]>(
    () => [
      {
        id: 'name',
        label: t('listsColName'),
        width: '26%',
        sortable: true,
        cell: (c) => (
          <>
            <a href={`#/contacts/${c.id}`}>{c.name}</a>
            {c.archived && <span class="tag">{t('listsArchivedTag')}</span>}
          </>
        ),
      },
      { id: 'role', label: t('listsColRole'), width: '15%', sortable: true, cell: (c) => ROLE_LABEL[c.role] },
      { id: 'subjects', label: t('listsColSubjects'), width: '17%', cell: (c) => c.subjects.join(', ') },
      { id: 'grades', label: t('listsColGrades'), width: '9%', cell: (c) => formatGrades(c.grades) },
      { id: 'last', label: t('listsColLastContact'), width: '13%', sortable: true, cell: (c) => lastContactLabel(c) },
      {
        id: 'checkin',
        label: t('listsColCheckIn'),
        cell: (c) => {
          const s = checkInLabel(c, settings!, today);
          return <span class={`status-${s.status}`}>{s.text}</span>;
        },
      },
    ],
    [settings, today],
  );

  if (!contacts || !settings) return <p aria-busy="true">{t('listsLoading')}</p>;

  const ids = selection.ids;
  const chosen = ids.map((id) => byId.get(id)).filter((c): c is Stored<Contact> => c !== undefined);
  const edit = async (patch: Parameters<typeof editContacts>[2], message: string) => {
    const result = await editContacts(db, ids, patch);
    await announce(notify, result, message);
    return null;
  };
  const actions: BulkAction[] = [
    {
      id: 'cadence',
      label: t('listsBulkCadence'),
      input: 'number',
      hint: t('listsBulkCadenceHint'),
      apply: (v) => {
        if (v.trim() === '') return edit({ checkInDays: null }, t('listsEditedCount', ids.length));
        const n = Number(v);
        if (!Number.isFinite(n) || n < 0) return Promise.resolve(t('listsBulkCadenceInvalid'));
        return edit({ checkInDays: n }, t('listsEditedCount', ids.length));
      },
    },
    { id: 'role', label: t('listsBulkRole'), input: 'select', options: roleOptions(), apply: (v) => edit({ role: v as Role }, t('listsEditedCount', ids.length)) },
    {
      id: 'add-subject',
      label: t('listsBulkAddSubject'),
      input: 'text',
      apply: (v) => (v.trim() ? edit({ addSubjects: [v] }, t('listsEditedCount', ids.length)) : Promise.resolve(t('listsBulkSubjectMissing'))),
    },
    {
      id: 'remove-subject',
      label: t('listsBulkRemoveSubject'),
      input: 'select',
      options: distinct(chosen.flatMap((c) => c.subjects)).map((s) => [s, s]),
      apply: (v) => (v ? edit({ removeSubjects: [v] }, t('listsEditedCount', ids.length)) : Promise.resolve(t('listsBulkSubjectMissing'))),
    },
  ];

  return (
    <section aria-labelledby="h-contacts">
      <h1 id="h-contacts">{t('listsContactsTitle')}</h1>
      {contacts.length === 0 ? (
        <div class="empty">
          <p>{t('listsContactsEmpty')}</p>
          <p>
            <a href="#/import">{t('listsContactsEmptyImport')}</a> {t('listsContactsEmptySample')}
          </p>
        </div>
      ) : (
        <>
          <div class="toolbar" role="search" aria-label={t('listsFiltersLabel')}>
            <div class="grow">
              <label for="c-q">{t('listsSearch')}</label>
              <input id="c-q" type="search" value={filters.q} onInput={(e) => set('q', (e.target as HTMLInputElement).value)} placeholder={t('listsContactsSearchPlaceholder')} />
            </div>
            <div>
              <label for="c-role">{t('listsColRole')}</label>
              <select id="c-role" value={filters.role} onChange={(e) => set('role', (e.target as HTMLSelectElement).value as Role | '')}>
                <option value="">{t('listsAllRoles')}</option>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABEL[r]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="c-subject">{t('listsSubject')}</label>
              <select id="c-subject" value={filters.subject} onChange={(e) => set('subject', (e.target as HTMLSelectElement).value)}>
                <option value="">{t('listsAllSubjects')}</option>
                {subjects.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
            <div class="ll-narrow">
              <label for="c-grade">{t('listsGrade')}</label>
              <select id="c-grade" value={filters.grade} onChange={(e) => set('grade', (e.target as HTMLSelectElement).value)}>
                <option value="">{t('listsAllGrades')}</option>
                {GRADE_OPTIONS.map(([v, label]) => (
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
            table="contacts"
            countText={t('listsContactsCount', rows.length, contacts.length)}
            label={t('listsContactsTitle')}
            rows={rows}
            chosen={chosen}
            rowName={(c) => c.name}
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

export function ContactDetail({ id, notify }: { id: number; notify: Notify }) {
  const contact = useLive(() => db.contacts.get(id), [id]);
  const units = useLive(() => db.units.where('teacherIds').equals(id).sortBy('start'), [id]);
  const log = useLive(() => db.interactions.where('contactIds').equals(id).reverse().sortBy('date'), [id]);
  const settings = useLive(() => getSettings(db));
  if (contact === undefined && log === undefined) return <p aria-busy="true">{t('listsLoading')}</p>;
  if (!contact) {
    return (
      <p>
        {t('listsContactGone')} <a href="#/contacts">{t('listsBackToContacts')}</a>
      </p>
    );
  }
  const s = settings ? checkInLabel(contact, settings, toIsoDate(now())) : null;
  const today = toIsoDate(now());

  const toggleArchived = async () => {
    const result = await setArchived(db, 'contacts', [id], !contact.archived);
    await announce(notify, result, contact.archived ? t('listsRestoredOne', contact.name) : t('listsArchivedOne', contact.name));
  };
  const setCadence = async (value: string) => {
    const n = value.trim() === '' ? null : Math.max(0, Math.floor(Number(value)));
    if (n !== null && !Number.isFinite(n)) return;
    await editContacts(db, [id], { checkInDays: n });
    await changed();
  };
  const roleDefault = settings?.cadenceByRole[contact.role];

  return (
    <article aria-labelledby="h-contact">
      <p>
        <a href="#/contacts">{t('listsBackContacts')}</a>
      </p>
      <h1 id="h-contact">
        {contact.name} {contact.archived && <span class="tag">{t('listsArchivedTag')}</span>}
      </h1>
      <p class="muted">
        {ROLE_LABEL[contact.role]}
        {contact.organization ? ` · ${contact.organization}` : ''}
        {contact.email ? ' · ' : ''}
        {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
      </p>
      {(contact.subjects.length > 0 || contact.grades.length > 0) && (
        <p class="small">
          {contact.subjects.join(', ')}
          {contact.grades.length > 0 && ` · ${t('listsGradesValue', formatGrades(contact.grades))}`}
        </p>
      )}
      <p>
        {t('listsLastContactValue', lastContactLabel(contact))}
        {s && (
          <>
            {' · '}
            <span class={`status-${s.status}`}>{s.text}</span>
          </>
        )}
      </p>
      {contact.archived && <p class="muted small">{t('listsContactArchivedNote')}</p>}
      <div class="row">
        <div>
          <label for="cadence">{t('listsCadenceLabel')}</label>
          <input
            id="cadence"
            type="number"
            min={0}
            style={{ width: '120px' }}
            value={contact.checkInDays ?? ''}
            placeholder={roleDefault === undefined ? '' : String(roleDefault)}
            aria-describedby="cadence-hint"
            onChange={(e) => void setCadence((e.target as HTMLInputElement).value)}
          />
          <span id="cadence-hint" class="muted small">
            {' '}
            {t('listsCadenceHint', roleDefault ?? 0)}
          </span>
        </div>
      </div>
      <div class="row ll-detail-actions">
        <button type="button" onClick={() => void toggleArchived()} data-testid="detail-archive">
          {contact.archived ? t('listsUnarchive') : t('listsArchive')}
        </button>
        <ConfirmDelete
          count={1}
          testId="detail-delete"
          describe={() => describeDeletion('contacts', [id])}
          onDelete={async () => {
            await deleteRecords(notify, 'contacts', [id]);
            go('#/contacts');
          }}
        />
      </div>
      {contact.notes && <p>{contact.notes}</p>}
      <div class="grid2">
        <section aria-labelledby="h-c-units">
          <h2 id="h-c-units">{t('listsUnitsTitle')}</h2>
          {units?.length ? (
            <ul class="list">
              {units.map((u) => (
                <li key={u.id}>
                  <a href={`#/units/${u.id}`}>{u.title}</a>{' '}
                  <span class="muted small">
                    {u.start ?? ''} ({timingLabel(unitTiming(u, today))})
                  </span>
                  {u.archived && <span class="tag">{t('listsArchivedTag')}</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">
              {t('listsContactNoUnits')} <a href="#/units">{t('listsContactNoUnitsNext')}</a>
            </p>
          )}
        </section>
        <section aria-labelledby="h-c-log">
          <h2 id="h-c-log">{t('listsLogTitle')}</h2>
          <LogEntries entries={log} empty={t('listsContactNoLog', contact.name)} />
        </section>
      </div>
    </article>
  );
}
