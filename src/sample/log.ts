import type { InteractionKind } from '../core/types';

/**
 * When the librarian last talked to each contact (days before `now`) and how
 * many log entries she has with them over the past four months. The spread is
 * chosen so that the reminder list has something to say: most teachers are
 * recent, a few are overdue (more than 21 days), and Oliver Tran, Ben Ishikawa
 * and Tomás Echeverría have never been contacted. Teachers' notes are written
 * from their units; everyone else's are spelled out (most recent first).
 */
export interface Touch {
  key: string;
  last: number;
  count: number;
  /** For non-teachers without a unit on an entry: units their talk tends to be about. */
  units?: string[];
  entries?: TouchEntry[];
}

export interface TouchEntry {
  kind: InteractionKind;
  notes: string;
  unit?: string;
  /** Other contact keys present (they join only if that keeps their own schedule). */
  with?: string[];
  students?: number;
  highlight?: boolean;
}

export const SCHEDULE: Touch[] = [
  // Teachers: 103 entries.
  { key: 'okafor', last: 3, count: 6 },
  { key: 'brennan', last: 30, count: 4 },
  { key: 'raman', last: 10, count: 5 },
  { key: 'whitfield', last: 45, count: 3 },
  { key: 'castellano', last: 6, count: 8 },
  { key: 'dunleavy', last: 12, count: 7 },
  { key: 'pemberton', last: 1, count: 10 },
  { key: 'feldstein', last: 8, count: 9 },
  { key: 'nakamura', last: 27, count: 4 },
  { key: 'kowalczyk', last: 16, count: 6 },
  { key: 'adeyemi', last: 2, count: 12 },
  { key: 'donovan', last: 5, count: 9 },
  { key: 'alvarez', last: 19, count: 6 },
  { key: 'herrera', last: 9, count: 6 },
  { key: 'mcallister', last: 38, count: 3 },
  { key: 'abernathy', last: 17, count: 5 },

  // Specialists and administrators: 25 entries.
  {
    key: 'kulkarni', last: 4, count: 6, entries: [
      { kind: 'meeting', notes: 'Literacy committee with Anita: planning Family Literacy Night stations', with: ['marchetti'] },
      { kind: 'co-taught-lesson', notes: 'Co-taught a decodable-reader small group with Anita (1st grade)', unit: 'phonics' },
      { kind: 'check-in', notes: 'Check-in with Anita: leveled text sets for the 2nd grade maps unit', unit: 'maps2' },
      { kind: 'email', notes: 'Sent Anita the list of new decodable readers that came in' , unit: 'phonics' },
      { kind: 'resource-shared', notes: 'Shared the picture book streaming login with Anita for intervention groups' },
      { kind: 'meeting', notes: 'Data team meeting with Anita: fall reading benchmark results' },
    ],
  },
  {
    key: 'salas', last: 33, count: 3, entries: [
      { kind: 'email', notes: 'Emailed Joaquín the Spanish and bilingual titles for Día de los Muertos', unit: 'muertos' },
      { kind: 'check-in', notes: 'Check-in with Joaquín: bilingual water cycle books for grade 4 newcomers', unit: 'watercycle' },
      { kind: 'meeting', notes: 'ELL team meeting: library orientation for newcomer students' },
    ],
  },
  {
    key: 'holloway', last: 14, count: 4, entries: [
      { kind: 'meeting', notes: 'Tech committee with Megan: single sign-on for the library databases' },
      { kind: 'co-taught-lesson', notes: 'Co-taught digital citizenship with Megan in two 5th grade classes' },
      { kind: 'email', notes: 'Megan asked for the citation builder link for 8th grade research', unit: 'research8' },
      { kind: 'check-in', notes: 'Check-in with Megan about Chromebook carts for library lessons' },
    ],
  },
  {
    key: 'osei', last: 60, count: 2, entries: [
      { kind: 'meeting', notes: 'Met with Derek about a social-emotional learning book display' },
      { kind: 'resource-shared', notes: 'Shared "Worry Less, Wonder More" and a calm-corner booklist with Derek' },
    ],
  },
  {
    key: 'marchetti', last: 7, count: 6, entries: [
      { kind: 'meeting', notes: 'Monthly meeting with Linda: library program update and co-teaching numbers' },
      { kind: 'email', notes: 'Sent Linda the draft of the quarterly library report' },
      { kind: 'event', notes: 'Presented the new database lineup to staff at the faculty meeting', with: ['boateng'], highlight: true },
      { kind: 'check-in', notes: 'Check-in with Linda about the book budget for next semester' },
      { kind: 'meeting', notes: 'Leadership team meeting: master schedule for library visits', with: ['boateng'] },
      { kind: 'meeting', notes: 'Walk-through with Linda of the new makerspace corner' },
    ],
  },
  {
    key: 'boateng', last: 22, count: 4, entries: [
      { kind: 'meeting', notes: 'Met with Kevin to schedule a PD day session on research skills' },
      { kind: 'email', notes: 'Emailed Kevin the library schedule for testing weeks' },
      { kind: 'event', notes: 'Ran a PD session for staff: "Library databases in 10 minutes"', highlight: true },
      { kind: 'check-in', notes: 'Check-in with Kevin about lunch-time library passes' },
    ],
  },

  // Parents, public librarians, community partners: 22 entries.
  {
    key: 'whitcombe', last: 11, count: 4, entries: [
      { kind: 'meeting', notes: 'Met with Sarah (PTA) to set dates for the Spring Book Fair' },
      { kind: 'check-in', notes: 'Check-in with Sarah about PTA funding for graphic novels' },
      { kind: 'event', notes: 'Family Literacy Night with the PTA and the public library', with: ['summers', 'kulkarni'], students: 140, highlight: true },
      { kind: 'email', notes: 'Emailed Sarah the volunteer sign-up for Family Literacy Night' },
    ],
  },
  {
    key: 'haddad', last: 20, count: 3, entries: [
      { kind: 'check-in', notes: 'Ahmed shelved and mended books on Tuesday; wants training on checkout' },
      { kind: 'email', notes: 'Sent Ahmed the volunteer schedule for the month' },
      { kind: 'meeting', notes: 'Volunteer orientation with Ahmed' },
    ],
  },
  {
    key: 'summers', last: 13, count: 5, entries: [
      { kind: 'resource-shared', notes: 'Rachel pulled 30 public library titles on the water cycle for grade 4', unit: 'watercycle' },
      { kind: 'email', notes: 'Assignment alert to Rachel: 5th grade American Revolution project is coming up', unit: 'amrev' },
      { kind: 'meeting', notes: 'Quarterly meeting with Rachel: library card sign-up drive' },
      { kind: 'event', notes: 'Family Literacy Night: Rachel signed up families for library cards', with: ['whitcombe'], students: 120 },
      { kind: 'resource-shared', notes: 'Rachel shared a fairy tale booklist for 1st grade', unit: 'fairytales' },
    ],
  },
  {
    key: 'farouk', last: 50, count: 2, entries: [
      { kind: 'email', notes: 'Assignment alert to Omar: 8th grade Civil War research, students may come in asking', unit: 'civilwar' },
      { kind: 'meeting', notes: 'Met Omar at the public library to plan a teen book club' },
    ],
  },
  {
    key: 'lindholm', last: 25, count: 4, entries: [
      { kind: 'meeting', notes: 'Planning call with Greta: pond study day for the 7th grade ecosystems unit', unit: 'ecosys7' },
      { kind: 'email', notes: 'Greta sent dates for the spring pollinator walk', unit: 'pollinators' },
      { kind: 'event', notes: 'Nature Center bird-banding morning with 4th grade families', students: 60, highlight: true },
      { kind: 'email', notes: 'Asked Greta about a visiting naturalist for the weather unit', unit: 'weather7' },
    ],
  },
  {
    key: 'pryce', last: 70, count: 2, entries: [
      { kind: 'email', notes: 'Requested the Civil War soldier traveling trunk from Walter', unit: 'civilwar' },
      { kind: 'meeting', notes: 'Met Walter at the historical society archive about local primary sources' },
    ],
  },
  {
    key: 'morgan', last: 95, count: 2, entries: [
      { kind: 'event', notes: 'Riverbend Art Museum educator visit: collage demo for middle school art', unit: 'harlem', with: ['mcallister'], students: 75 },
      { kind: 'email', notes: 'Emailed Keisha about free museum passes for families' },
    ],
  },
];
