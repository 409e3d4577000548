/**
 * Time-zone arithmetic for calendar imports, on top of `Intl` (the browser's own
 * IANA data, so no zone database ships with the extension), and the Windows zone
 * names that Outlook and Exchange write instead of IANA ones.
 */

export interface WallTime {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when `Intl` knows the zone (an IANA name such as `America/Chicago`, or `UTC`). */
export function isKnownZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in `zone` at an instant (ms since the epoch). */
export function epochToWall(ms: number, zone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

function wallAsUtc(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/**
 * The instant at which `zone`'s clocks show `wall`. In a spring-forward gap the
 * time is read with the offset from before the change (02:30 → 03:30), as calendars do.
 */
export function wallToEpoch(wall: WallTime, zone: string): number {
  const target = wallAsUtc(wall);
  const offsetAt = (ms: number) => wallAsUtc(epochToWall(ms, zone)) - ms;
  const first = target - offsetAt(target);
  const second = target - offsetAt(first);
  return first === second ? first : Math.max(first, second);
}

/** `2026-03-08` and `09:05` for a wall time. */
export function isoDateOf(w: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}
export function hhmmOf(w: Pick<WallTime, 'hour' | 'minute'>): string {
  return `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
}

/** Windows zone ids (CLDR windowsZones, the common ones) → IANA. */
const WINDOWS_IDS: Record<string, string> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Pacific Standard Time (Mexico)': 'America/Tijuana',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time': 'America/Denver',
  'Mountain Standard Time (Mexico)': 'America/Mazatlan',
  'Central Standard Time': 'America/Chicago',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'Central America Standard Time': 'America/Guatemala',
  'Eastern Standard Time': 'America/New_York',
  'US Eastern Standard Time': 'America/Indianapolis',
  'SA Pacific Standard Time': 'America/Bogota',
  'Atlantic Standard Time': 'America/Halifax',
  'Newfoundland Standard Time': 'America/St_Johns',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Buenos_Aires',
  'UTC': 'UTC',
  'Coordinated Universal Time': 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris',
  'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'GTB Standard Time': 'Europe/Bucharest',
  'FLE Standard Time': 'Europe/Kiev',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Jordan Standard Time': 'Asia/Amman',
  'Egypt Standard Time': 'Africa/Cairo',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Russian Standard Time': 'Europe/Moscow',
  'Arab Standard Time': 'Asia/Riyadh',
  'Arabian Standard Time': 'Asia/Dubai',
  'Iran Standard Time': 'Asia/Tehran',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Calcutta',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'W. Australia Standard Time': 'Australia/Perth',
  'Taipei Standard Time': 'Asia/Taipei',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
};

/** Outlook display names, after the `(UTC-05:00) ` prefix → IANA. */
const WINDOWS_DISPLAY: Record<string, string> = {
  'hawaii': 'Pacific/Honolulu',
  'alaska': 'America/Anchorage',
  'pacific time (us & canada)': 'America/Los_Angeles',
  'arizona': 'America/Phoenix',
  'mountain time (us & canada)': 'America/Denver',
  'central time (us & canada)': 'America/Chicago',
  'saskatchewan': 'America/Regina',
  'eastern time (us & canada)': 'America/New_York',
  'indiana (east)': 'America/Indianapolis',
  'atlantic time (canada)': 'America/Halifax',
  'newfoundland': 'America/St_Johns',
  'coordinated universal time': 'UTC',
  'dublin, edinburgh, lisbon, london': 'Europe/London',
  'greenwich mean time : dublin, edinburgh, lisbon, london': 'Europe/London',
  'amsterdam, berlin, bern, rome, stockholm, vienna': 'Europe/Berlin',
  'belgrade, bratislava, budapest, ljubljana, prague': 'Europe/Budapest',
  'brussels, copenhagen, madrid, paris': 'Europe/Paris',
  'sarajevo, skopje, warsaw, zagreb': 'Europe/Warsaw',
  'athens, bucharest': 'Europe/Bucharest',
  'helsinki, kyiv, riga, sofia, tallinn, vilnius': 'Europe/Kiev',
  'jerusalem': 'Asia/Jerusalem',
  'moscow, st. petersburg': 'Europe/Moscow',
  'chennai, kolkata, mumbai, new delhi': 'Asia/Calcutta',
  'beijing, chongqing, hong kong, urumqi': 'Asia/Shanghai',
  'osaka, sapporo, tokyo': 'Asia/Tokyo',
  'seoul': 'Asia/Seoul',
  'perth': 'Australia/Perth',
  'adelaide': 'Australia/Adelaide',
  'brisbane': 'Australia/Brisbane',
  'canberra, melbourne, sydney': 'Australia/Sydney',
  'auckland, wellington': 'Pacific/Auckland',
};

/**
 * An IANA zone for a TZID as calendars write it: an IANA name as is; a Windows id
 * (`Eastern Standard Time`); an Outlook display name (`(UTC-05:00) Eastern Time (US &
 * Canada)`); failing those, the fixed offset in a display name (`Etc/GMT+5`, which knows
 * no daylight saving, hence `exact: false`). Undefined when nothing fits.
 */
export function resolveZone(tzid: string): { zone: string; exact: boolean } | undefined {
  const id = tzid.trim().replace(/^\/+/, '');
  if (id.includes('/') && isKnownZone(id)) return { zone: id, exact: true };
  const windows = WINDOWS_IDS[id];
  if (windows) return { zone: windows, exact: true };
  const m = /^\((?:UTC|GMT)\s*(?:([+-])(\d{1,2}):(\d{2}))?\)\s*(.*)$/i.exec(id);
  if (m) {
    const display = WINDOWS_DISPLAY[m[4]!.trim().toLowerCase()];
    if (display) return { zone: display, exact: true };
    if (!m[1]) return { zone: 'UTC', exact: true };
    // Etc/GMT signs are inverted: UTC-05:00 is Etc/GMT+5. Only whole hours exist there.
    if (m[3] === '00') return { zone: `Etc/GMT${m[1] === '-' ? '+' : '-'}${Number(m[2])}`, exact: false };
  }
  if (isKnownZone(id)) return { zone: id, exact: true };
  return undefined;
}
