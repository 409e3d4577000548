/**
 * The bar that appears once rows are selected: set one field for all of
 * them, archive or bring them back, or delete them. Delete first says, in an
 * alert dialog inside the bar, what happens to the records that point at
 * them; every action then offers Undo in the toast (the views do that).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { ConfirmDelete } from './ConfirmDelete';

export interface BulkAction {
  id: string;
  /** What the action sets ("Role", "Check-in days", "Add subject"). */
  label: string;
  /** A select with `options` ([value, label]), or a text or number field. */
  input: 'select' | 'text' | 'number';
  options?: [string, string][];
  /** Help shown under the field (e.g. "empty = role default"). */
  hint?: string;
  /** Applies the value to the selection; resolves to an error to show, or null when done. */
  apply(value: string): Promise<string | null>;
}

interface Props {
  count: number;
  actions: BulkAction[];
  /** Whether any selected record is archived / not archived (which of the two buttons make sense). */
  anyArchived: boolean;
  anyActive: boolean;
  onArchive(archived: boolean): Promise<void>;
  /** The sentence that says what deleting the selection does to other records. */
  describeDelete(): Promise<string>;
  onDelete(): Promise<void>;
  onClear(): void;
}

export function BulkBar({ count, actions, anyArchived, anyActive, onArchive, describeDelete, onDelete, onClear }: Props) {
  const [actionId, setActionId] = useState(actions[0]?.id ?? '');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const action = actions.find((a) => a.id === actionId) ?? actions[0];

  // A new choice of field starts from its first option (or empty).
  useEffect(() => {
    setValue(action?.input === 'select' ? (action.options?.[0]?.[0] ?? '') : '');
    setError(null);
  }, [actionId]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  const apply = () =>
    run(async () => {
      if (!action) return;
      const problem = await action.apply(value);
      setError(problem);
    });

  return (
    <div class="ll-bulk" role="region" aria-label={t('listsBulkRegion')} data-testid="bulk-bar">
      <p class="ll-bulk-count" aria-live="polite">
        <strong>{t('listsSelectedCount', count)}</strong>{' '}
        <button type="button" class="link" onClick={onClear}>
          {t('listsClearSelection')}
        </button>
      </p>
      {action && (
        <form
          class="ll-bulk-set"
          onSubmit={(e) => {
            e.preventDefault();
            void apply();
          }}
        >
          <div>
            <label for="bulk-field">{t('listsBulkChange')}</label>
            <select id="bulk-field" value={action.id} onChange={(e) => setActionId((e.target as HTMLSelectElement).value)}>
              {actions.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="bulk-value">{t('listsBulkTo')}</label>
            {action.input === 'select' ? (
              <select id="bulk-value" value={value} onChange={(e) => setValue((e.target as HTMLSelectElement).value)}>
                {action.options?.map(([v, label]) => (
                  <option key={v} value={v}>
                    {label}
                  </option>
                ))}
              </select>
            ) : action.input === 'number' ? (
              <input id="bulk-value" type="number" min={0} value={value} aria-describedby={action.hint ? 'bulk-hint' : undefined} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
            ) : (
              <input id="bulk-value" type="text" value={value} aria-describedby={action.hint ? 'bulk-hint' : undefined} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
            )}
            {action.hint && (
              <span id="bulk-hint" class="muted small">
                {action.hint}
              </span>
            )}
          </div>
          <button type="submit" class="primary" disabled={busy} data-testid="bulk-apply">
            {t('listsBulkApply', count)}
          </button>
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        {anyActive && (
          <button type="button" disabled={busy} onClick={() => void run(() => onArchive(true))} data-testid="bulk-archive">
            {t('listsArchive')}
          </button>
        )}
        {anyArchived && (
          <button type="button" disabled={busy} onClick={() => void run(() => onArchive(false))} data-testid="bulk-unarchive">
            {t('listsUnarchive')}
          </button>
        )}
        <ConfirmDelete count={count} describe={describeDelete} onDelete={() => run(onDelete)} testId="bulk-delete" />
      </div>
    </div>
  );
}
