import type { Role } from '../core/types';

/**
 * The people of the sample school. Everyone here is invented; emails use
 * reserved `.example.org` domains. `key` is only used to wire the sample
 * tables together and is not stored.
 */
export interface ContactSpec {
  key: string;
  name: string;
  role: Role;
  email: string;
  subjects: string[];
  grades: number[];
  organization?: string;
  checkInDays?: number;
  notes?: string;
}

const SCHOOL = 'Springfield Hills K-8 School';
const at = (user: string) => `${user}@springfieldhills.example.org`;

/** Teachers first (ids 1..19), then specialists, administrators, parents, public librarians, partners. */
export const CONTACTS: ContactSpec[] = [
  { key: 'okafor', name: 'Maya Okafor', role: 'teacher', email: at('mokafor'), subjects: ['ELA', 'math', 'science', 'social studies'], grades: [0], organization: SCHOOL, notes: 'Kindergarten, Room 102. Loves a read-aloud visit.' },
  { key: 'brennan', name: 'Daniel Brennan', role: 'teacher', email: at('dbrennan'), subjects: ['ELA', 'math', 'science', 'social studies'], grades: [1], organization: SCHOOL },
  { key: 'raman', name: 'Priya Raman', role: 'teacher', email: at('praman'), subjects: ['ELA', 'math', 'science', 'social studies'], grades: [2], organization: SCHOOL, notes: 'Grade 2 team lead.' },
  { key: 'whitfield', name: 'Lucas Whitfield', role: 'teacher', email: at('lwhitfield'), subjects: ['ELA', 'math', 'science', 'social studies'], grades: [3], organization: SCHOOL },
  { key: 'castellano', name: 'Hannah Castellano', role: 'teacher', email: at('hcastellano'), subjects: ['ELA', 'math', 'science', 'social studies'], grades: [4], organization: SCHOOL, notes: 'Runs a dual-language (English/Spanish) grade 4 class.' },
  { key: 'dunleavy', name: 'Marcus Dunleavy', role: 'teacher', email: at('mdunleavy'), subjects: ['ELA', 'math', 'science', 'social studies'], grades: [5], organization: SCHOOL },
  { key: 'pemberton', name: 'Rosalyn Pemberton', role: 'teacher', email: at('rpemberton'), subjects: ['ELA'], grades: [6], organization: SCHOOL },
  { key: 'feldstein', name: 'Jonah Feldstein', role: 'teacher', email: at('jfeldstein'), subjects: ['ELA'], grades: [7, 8], organization: SCHOOL },
  { key: 'nakamura', name: 'Grace Nakamura', role: 'teacher', email: at('gnakamura'), subjects: ['math'], grades: [6, 7], organization: SCHOOL },
  { key: 'tran', name: 'Oliver Tran', role: 'teacher', email: at('otran'), subjects: ['math'], grades: [8], organization: SCHOOL, notes: 'New to the building this year.' },
  { key: 'kowalczyk', name: 'Nadia Kowalczyk', role: 'teacher', email: at('nkowalczyk'), subjects: ['science'], grades: [6], organization: SCHOOL },
  { key: 'adeyemi', name: 'Samuel Adeyemi', role: 'teacher', email: at('sadeyemi'), subjects: ['science'], grades: [7, 8], organization: SCHOOL, notes: 'Always up for a research lesson.' },
  { key: 'donovan', name: 'Claire Donovan', role: 'teacher', email: at('cdonovan'), subjects: ['social studies'], grades: [6, 7], organization: SCHOOL },
  { key: 'alvarez', name: 'Victor Alvarez', role: 'teacher', email: at('valvarez'), subjects: ['social studies'], grades: [8], organization: SCHOOL },
  { key: 'herrera', name: 'Lucía Herrera', role: 'teacher', email: at('lherrera'), subjects: ['Spanish'], grades: [6, 7, 8], organization: SCHOOL },
  { key: 'mcallister', name: 'Fiona McAllister', role: 'teacher', email: at('fmcallister'), subjects: ['art'], grades: [0, 1, 2, 3, 4, 5, 6, 7, 8], organization: SCHOOL },
  { key: 'ishikawa', name: 'Ben Ishikawa', role: 'teacher', email: at('bishikawa'), subjects: ['music'], grades: [0, 1, 2, 3, 4, 5, 6, 7, 8], organization: SCHOOL },
  { key: 'echeverria', name: 'Tomás Echeverría', role: 'teacher', email: at('techeverria'), subjects: ['PE', 'health'], grades: [0, 1, 2, 3, 4, 5, 6, 7, 8], organization: SCHOOL },
  { key: 'abernathy', name: 'Ruth Abernathy', role: 'teacher', email: at('rabernathy'), subjects: ['special education', 'ELA'], grades: [1, 2, 3], organization: SCHOOL, checkInDays: 14, notes: 'Resource room; prefers short check-ins every two weeks.' },

  { key: 'kulkarni', name: 'Anita Kulkarni', role: 'specialist', email: at('akulkarni'), subjects: ['reading'], grades: [0, 1, 2, 3, 4, 5], organization: SCHOOL, notes: 'Reading specialist.' },
  { key: 'salas', name: 'Joaquín Salas', role: 'specialist', email: at('jsalas'), subjects: ['ELL'], grades: [0, 1, 2, 3, 4, 5, 6, 7, 8], organization: SCHOOL, notes: 'English learner specialist; asks for bilingual titles.' },
  { key: 'holloway', name: 'Megan Holloway', role: 'specialist', email: at('mholloway'), subjects: ['technology'], grades: [0, 1, 2, 3, 4, 5, 6, 7, 8], organization: SCHOOL, notes: 'Instructional technology coach.' },
  { key: 'osei', name: 'Derek Osei', role: 'specialist', email: at('dosei'), subjects: ['counseling'], grades: [0, 1, 2, 3, 4, 5, 6, 7, 8], organization: SCHOOL, checkInDays: 45, notes: 'School counselor.' },

  { key: 'marchetti', name: 'Linda Marchetti', role: 'administrator', email: at('lmarchetti'), subjects: [], grades: [], organization: SCHOOL, checkInDays: 14, notes: 'Principal. Wants a quarterly report before each board meeting.' },
  { key: 'boateng', name: 'Kevin Boateng', role: 'administrator', email: at('kboateng'), subjects: [], grades: [], organization: SCHOOL, notes: 'Assistant principal; schedules PD days.' },

  { key: 'whitcombe', name: 'Sarah Whitcombe', role: 'parent', email: 'sarah.whitcombe@mail.example.org', subjects: [], grades: [3, 6], organization: 'Springfield Hills PTA', checkInDays: 30, notes: 'PTA president; book fair chair.' },
  { key: 'haddad', name: 'Ahmed Haddad', role: 'parent', email: 'ahaddad@mail.example.org', subjects: [], grades: [5], notes: 'Library volunteer on Tuesday mornings.' },
  { key: 'kimura', name: 'Jess Kimura', role: 'parent', email: 'jess.kimura@mail.example.org', subjects: [], grades: [1], notes: 'Offered to help with Family Literacy Night.' },

  { key: 'summers', name: 'Rachel Summers', role: 'public-librarian', email: 'rsummers@shpl.example.org', subjects: [], grades: [0, 1, 2, 3, 4, 5], organization: 'Springfield Hills Public Library', notes: 'Youth services; builds booklists for our units.' },
  { key: 'farouk', name: 'Omar Farouk', role: 'public-librarian', email: 'ofarouk@shpl.example.org', subjects: [], grades: [6, 7, 8], organization: 'Springfield Hills Public Library', notes: 'Teen librarian; runs the summer reading challenge.' },

  { key: 'lindholm', name: 'Greta Lindholm', role: 'community-partner', email: 'glindholm@naturecenter.example.org', subjects: ['science'], grades: [], organization: 'Springfield Hills Nature Center', checkInDays: 45 },
  { key: 'pryce', name: 'Walter Pryce', role: 'community-partner', email: 'wpryce@countyhistory.example.org', subjects: ['social studies'], grades: [], organization: 'Harlan County Historical Society' },
  { key: 'morgan', name: 'Keisha Morgan', role: 'community-partner', email: 'kmorgan@riverbendart.example.org', subjects: ['art'], grades: [], organization: 'Riverbend Art Museum' },
];
