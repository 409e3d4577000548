import { useMemo, useRef, useState } from 'preact/hooks';
import type { Contact, Stored } from '../core/types';
import { t } from './i18n';
import { ROLE_LABEL } from './labels';

interface Props {
  id: string;
  label: string;
  contacts: Stored<Contact>[];
  selected: number[];
  onChange: (ids: number[]) => void;
  autoFocus?: boolean;
}

/** Search by name, subject, role or email; Enter picks the highlighted person; Backspace on empty removes the last. */
export function searchContacts(contacts: Stored<Contact>[], query: string, exclude: number[] = [], limit = 8): Stored<Contact>[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const scored: [number, Stored<Contact>][] = [];
  for (const c of contacts) {
    if (c.archived || exclude.includes(c.id)) continue;
    const name = c.name.toLowerCase();
    let score = -1;
    if (name.startsWith(q)) score = 3;
    else if (name.split(/\s+/).some((w) => w.startsWith(q))) score = 2;
    else if ([...c.subjects, c.role, c.email ?? ''].some((s) => s.toLowerCase().includes(q))) score = 1;
    if (score >= 0) scored.push([score, c]);
  }
  return scored.sort((a, b) => b[0] - a[0] || a[1].name.localeCompare(b[1].name)).slice(0, limit).map(([, c]) => c);
}

export function ContactPicker({ id, label, contacts, selected, onChange, autoFocus }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const byId = useMemo(() => new Map(contacts.map((c) => [c.id, c])), [contacts]);
  const options = useMemo(() => searchContacts(contacts, query, selected), [contacts, query, selected]);
  const listId = `${id}-options`;

  const pick = (c: Stored<Contact>) => {
    onChange([...selected, c.id]);
    setQuery('');
    setActive(0);
    input.current?.focus();
  };

  return (
    <div class="picker">
      <label for={id}>{label}</label>
      <div class="picker-box">
        {selected.map((cid) => (
          <span class="tag" key={cid}>
            {byId.get(cid)?.name ?? `#${cid}`}
            <button type="button" class="link" aria-label={t('pickerRemove', byId.get(cid)?.name ?? '')} onClick={() => onChange(selected.filter((x) => x !== cid))}>
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          ref={input}
          role="combobox"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={options[active] ? `${listId}-${options[active]!.id}` : undefined}
          autoComplete="off"
          autoFocus={autoFocus}
          value={query}
          placeholder={t('pickerPlaceholder')}
          onInput={(e) => {
            setQuery((e.target as HTMLInputElement).value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((a) => Math.min(a + 1, options.length - 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === 'Enter' && options[active]) {
              e.preventDefault();
              pick(options[active]!);
            } else if (e.key === 'Backspace' && !query && selected.length) {
              onChange(selected.slice(0, -1));
            } else if (e.key === 'Escape' && query) {
              e.stopPropagation();
              setQuery('');
            }
          }}
        />
      </div>
      {options.length > 0 && (
        <ul id={listId} role="listbox" class="picker-options" aria-label={t('pickerSuggestions', label)}>
          {options.map((c, i) => (
            <li
              id={`${listId}-${c.id}`}
              key={c.id}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(c);
              }}
            >
              <strong>{c.name}</strong> <span class="muted small">{[ROLE_LABEL[c.role], ...c.subjects].join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
