/**
 * "Delete…" that asks first, in place: an alert dialog that says what
 * deleting does to the records that point at the ones deleted, with the
 * focus on its Delete button. Used by the bulk bar and the detail pages.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';

interface Props {
  count: number;
  /** The sentence that says what deleting does to other records. */
  describe(): Promise<string>;
  onDelete(): Promise<void>;
  testId: string;
}

export function ConfirmDelete({ count, describe, onDelete, testId }: Props) {
  const [text, setText] = useState<string | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (text) confirm.current?.focus();
  }, [text]);
  const cancel = () => {
    setText(null);
    opener.current?.focus();
  };
  return (
    <div class="ll-delete">
      <button ref={opener} type="button" class="danger" onClick={() => void describe().then(setText)} data-testid={testId}>
        {t('listsDeleteEllipsis')}
      </button>
      {text && (
        <div
          class="ll-confirm"
          role="alertdialog"
          aria-labelledby={`${testId}-title`}
          aria-describedby={`${testId}-text`}
          onKeyDown={(e) => e.key === 'Escape' && cancel()}
        >
          <p id={`${testId}-title`}>
            <strong>{t('listsDeleteConfirmTitle', count)}</strong>
          </p>
          <p id={`${testId}-text`}>{text}</p>
          <div class="row">
            <button
              ref={confirm}
              type="button"
              class="danger"
              data-testid={`${testId}-confirm`}
              onClick={() => {
                setText(null);
                void onDelete();
              }}
            >
              {t('listsDeleteConfirm', count)}
            </button>
            <button type="button" onClick={cancel}>
              {t('listsCancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
