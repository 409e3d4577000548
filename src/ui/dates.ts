/**
 * Dates as the librarian reads them: date-fns with the locale of the browser's
 * language (the few the extension bundles; English otherwise). Storage and
 * core keep ISO dates; only display goes through here.
 */
import { format, type Locale } from 'date-fns';
import { de, enGB, enUS, es, fr, ptBR } from 'date-fns/locale';
import type { IsoDate } from '../core/types';
import { isValidIsoDate } from '../core/dates';
import { uiLanguage } from './i18n';

const LOCALES: Record<string, Locale> = { en: enUS, 'en-US': enUS, 'en-GB': enGB, es, fr, de, pt: ptBR, 'pt-BR': ptBR };

/** The bundled date-fns locale closest to `lang` (e.g. `es-MX` → `es`), else US English. */
export function dateLocale(lang: string = uiLanguage()): Locale {
  return LOCALES[lang] ?? LOCALES[lang.split(/[-_]/)[0] ?? ''] ?? enUS;
}

const local = (iso: IsoDate) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** `Dec 2, 2025` in US English, `2 dic 2025` in Spanish; anything not a real date is shown as written. */
export function formatDay(iso: IsoDate, lang?: string): string {
  if (!isValidIsoDate(iso)) return iso;
  return format(local(iso), 'PP', { locale: dateLocale(lang) });
}

/** Two days joined by an en dash. */
export function formatDayRange(start: IsoDate, end: IsoDate, lang?: string): string {
  return `${formatDay(start, lang)} – ${formatDay(end, lang)}`;
}
