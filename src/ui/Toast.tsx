import { useEffect } from 'preact/hooks';
import { t } from './i18n';

export interface UndoToast {
  message: string;
  undo?: () => Promise<void> | void;
}

/** A short status line with Undo, announced to screen readers; it closes itself after 8 s. */
export function Toast({ toast, onClose }: { toast: UndoToast; onClose: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onClose, 8000);
    return () => clearTimeout(timer);
  }, [toast, onClose]);
  return (
    <div class="toast" role="status" aria-live="polite">
      <span>{toast.message}</span>
      {toast.undo && (
        <button
          type="button"
          onClick={async () => {
            await toast.undo?.();
            onClose();
          }}
        >
          {t('undo')}
        </button>
      )}
    </div>
  );
}
