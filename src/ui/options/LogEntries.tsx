import type { Interaction } from '../../core/types';
import { KIND_LABEL } from '../labels';

/** A short log list for a detail page (a contact's or a unit's), with what to say when it is empty. */
export function LogEntries({ entries, empty }: { entries: Interaction[] | undefined; empty: string }) {
  if (!entries?.length) return <p class="muted">{empty}</p>;
  return (
    <ul class="list">
      {entries.map((i) => (
        <li key={i.id}>
          <span class="tag">{KIND_LABEL[i.kind]}</span> <span class="muted small">{i.date}</span>
          <div>{i.notes}</div>
        </li>
      ))}
    </ul>
  );
}
