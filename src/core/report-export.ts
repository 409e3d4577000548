/**
 * The report as a CSV file (for a spreadsheet) and as a short plain-text
 * summary (for a staff newsletter or an email to the principal).
 */
import { formatGrades } from './grades';
import { formatDateRange, formatIsoDate, KIND_LABELS, type GoalResult, type Report } from './report';
import { INTERACTION_KINDS } from './types';

type Cell = string | number | null | undefined;

/**
 * One CSV cell. Text starting with `=`, `+`, `-`, `@` (or a tab or carriage
 * return) is prefixed with `'` so that a spreadsheet shows it instead of
 * running it as a formula: notes and names are typed by people and imported
 * from files, so they must never execute.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRows(rows: Cell[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
}

function percent(share: number | null): string {
  return share === null ? '' : `${Math.round(share * 100)}%`;
}

/** Metric/value rows first, then one table per section, separated by blank lines. */
export function reportToCsv(report: Report): string {
  const { counts, coverage } = report;
  const metrics: Cell[][] = [
    ['metric', 'value'],
    ['Period', report.period.label],
    ['Start', report.period.start],
    ['End', report.period.end],
    ['Generated on', report.generatedOn],
    ['Log entries', counts.interactions],
    ...INTERACTION_KINDS.map((k): Cell[] => [`Log entries: ${KIND_LABELS[k]}`, counts.byKind[k]]),
    ['Co-taught lessons', counts.coTaughtLessons],
    ['Classes reached', counts.classesReached],
    ['Students reached', counts.studentsReached],
    ['Contacts reached', counts.contactsReached],
    ['Teachers reached', counts.teachersReached],
    ['Active teachers', counts.teachersTotal],
    ['Share of active teachers reached', percent(counts.teacherShare)],
    ['Partner events', counts.partnerEvents],
    ['Partner event attendance', counts.partnerAttendance],
    ['Resources shared', counts.resourcesShared],
    ['Units supported', coverage.unitsSupported.length],
    ['Resources tagged for those units', coverage.resourcesForUnits],
    ['Subjects served', coverage.subjects.map((s) => s.name).join('; ')],
    ['Subjects not reached', coverage.subjectsNotReached.join('; ')],
    ['Grades served', coverage.gradesServedLabel],
    ['Grades not reached', coverage.gradesNotReachedLabel],
  ];
  const tables: Cell[][][] = [
    [['month', 'from', 'to', 'log entries', 'a year earlier'], ...report.trend.map((m): Cell[] => [m.label, m.start, m.end, m.count, m.lastYear])],
    [['subject', 'log entries'], ...coverage.subjects.map((s): Cell[] => [s.name, s.count])],
    [['grade', 'log entries'], ...coverage.grades.map((g): Cell[] => [formatGrades([g.grade]), g.count])],
    [
      ['grade', ...coverage.grid.subjects],
      ...coverage.grid.grades.map((g, i): Cell[] => [formatGrades([g]), ...(coverage.grid.counts[i] ?? [])]),
    ],
    [['unit', 'subject', 'log entries'], ...coverage.unitsSupported.map((u): Cell[] => [u.title, u.subject, u.count])],
    [
      ['goal', 'every', 'met', 'out of', 'current one in progress'],
      ...report.plan.map((g): Cell[] => [g.label, g.period, g.met, g.total, g.inProgress ? 'yes' : 'no']),
    ],
    [
      ['highlight date', 'kind', 'contacts', 'unit', 'notes'],
      ...report.highlights.map((h): Cell[] => [h.date, h.kind, h.contactNames.join('; '), h.unitTitle, h.notes]),
    ],
    [['note on the data'], ...report.warnings.map((w): Cell[] => [w])],
  ];
  return [metrics, ...tables].map(csvRows).join('\r\n\r\n') + '\r\n';
}

const SPAN_NAMES: Record<GoalResult['period'], [string, string]> = {
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  quarter: ['quarter', 'quarters'],
};

/** `Reach out to one colleague: met 10 of 13 weeks (this week still to go)` */
export function describeGoal(goal: GoalResult): string {
  const [one, many] = SPAN_NAMES[goal.period];
  const judged = goal.total === 0 ? `no ${one} to judge yet` : `met ${goal.met} of ${goal.total} ${goal.total === 1 ? one : many}`;
  return `${goal.label}: ${judged}${goal.inProgress ? ` (this ${one} still to go)` : ''}`;
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** A short plain-text summary; lines of at most a sentence, no markup. */
export function reportToText(report: Report, schoolName: string): string {
  const { counts, coverage } = report;
  const lines: string[] = [
    `Library report: ${schoolName}`,
    `${report.period.label} (${formatDateRange(report.period.start, report.period.end)})`,
    '',
  ];
  if (counts.interactions === 0) {
    lines.push('No log entries in this period.');
    return lines.join('\n') + '\n';
  }
  lines.push(
    `- ${count(counts.interactions, 'log entry', 'log entries')}, including ${count(counts.coTaughtLessons, 'co-taught lesson', 'co-taught lessons')} ` +
      `reaching ${count(counts.classesReached, 'class', 'classes')} and ${count(counts.studentsReached, 'student', 'students')}.`,
  );
  lines.push(
    counts.teacherShare === null
      ? `- ${count(counts.teachersReached, 'teacher', 'teachers')} reached.`
      : `- ${counts.activeTeachersReached} of ${count(counts.teachersTotal, 'teacher', 'teachers')} reached (${percent(counts.teacherShare)}).`,
  );
  lines.push(`- ${count(counts.partnerEvents, 'partner event', 'partner events')} with ${count(counts.partnerAttendance, 'attendee', 'attendees')}.`);
  lines.push(
    `- ${count(counts.resourcesShared, 'resource', 'resources')} shared; ${count(coverage.unitsSupported.length, 'unit', 'units')} supported.`,
  );
  if (coverage.subjects.length) {
    const missing = coverage.subjectsNotReached.length ? ` Not yet reached: ${coverage.subjectsNotReached.join(', ')}.` : '';
    lines.push(`- Subjects served: ${coverage.subjects.map((s) => s.name).join(', ')}.${missing}`);
  }
  if (coverage.grades.length) {
    const missing = coverage.gradesNotReached.length ? ` Not yet reached: ${coverage.gradesNotReachedLabel}.` : '';
    lines.push(`- Grades served: ${coverage.gradesServedLabel}.${missing}`);
  }
  for (const goal of report.plan) lines.push(`- ${describeGoal(goal)}.`);
  if (report.highlights.length) {
    lines.push('', 'Highlights:');
    for (const h of report.highlights) {
      const who = h.contactNames.length ? ` with ${h.contactNames.join(', ')}` : '';
      const unit = h.unitTitle ? ` (${h.unitTitle})` : '';
      const notes = h.notes.trim() ? `: ${h.notes.trim().replace(/\s+/g, ' ')}` : '';
      lines.push(`- ${formatIsoDate(h.date)}${who}${unit}${notes}`);
    }
  }
  if (report.warnings.length) {
    lines.push('', 'Notes on the data:');
    for (const w of report.warnings) lines.push(`- ${w}`);
  }
  return lines.join('\n') + '\n';
}
