/**
 * What the foreign contact formats (vCard, Google / Outlook / LinkedIn / any CSV) have
 * in common: a person's name pieces, emails, organisation, job title and groups. Each
 * reader collects these "facts"; this module turns them into a `Contact` the same way
 * for all of them (name fallback, preferred email, a guessed role, notes), and drops
 * repeats within one file.
 */
import type { Contact, Role } from '../core/types';
import { duplicateIndex } from './duplicates';
import { isEmail, parseRole } from './fields';
import type { ImportResult, ParsedRow, RowError } from './types';

export interface ContactFacts {
  /** The display name, when the source has one. */
  name?: string;
  /** Otherwise the name is built from these (given, middle, family), skipping blanks. */
  nameParts?: string[];
  /** Candidate emails in order of preference; the first valid one is used. */
  emails: string[];
  organization?: string;
  jobTitle?: string;
  /** A value meant as one of our roles (e.g. a `role` column); guessed when absent or unknown. */
  roleText?: string;
  notes?: string;
  /** Groups, labels or categories ("Teachers", "PTA"). Used to guess the role, kept in notes. */
  groups: string[];
  subjects?: string[];
  grades?: number[];
}

export interface FactsOutcome {
  record?: Contact;
  error?: string;
  warnings: string[];
}

/** Group names that every address book adds and that say nothing about the person. */
const NOISE_GROUPS = /^(\*\s*)?(my\s*contacts|mycontacts|starred|imported.*|all contacts|friends & family)$/i;

/**
 * Guesses a role from a job title, organisation and groups. Public librarians are
 * told apart from the school's own library staff by their organisation.
 * Returns undefined when nothing points anywhere (the caller defaults to teacher).
 */
export function guessRole(facts: Pick<ContactFacts, 'jobTitle' | 'organization' | 'groups'>): Role | undefined {
  const title = (facts.jobTitle ?? '').toLowerCase();
  const org = (facts.organization ?? '').toLowerCase();
  const groups = facts.groups.join(' | ').toLowerCase();
  const publicLibrary = /public library|county library|city library|library district|regional library|bibliothek|stadtbücherei/.test(org);
  if (/librar/.test(title) && publicLibrary) return 'public-librarian';
  if (/principal|superintendent|head\s*(teacher|master|mistress)|headteacher|dean|administrator|director|schulleit|rektor/.test(title)) {
    return 'administrator';
  }
  if (/librar|media specialist|counsel|coach|interventionist|specialist|speech|psycholog|nurse|therap|social worker|coordinator/.test(title)) {
    return 'specialist';
  }
  if (/teacher|instructor|lehrer|professor|educator|faculty/.test(title)) return 'teacher';
  if (/\bparents?\b|guardian|\bpta\b|\bpto\b/.test(`${title} ${groups}`)) return 'parent';
  if (publicLibrary || /public librar/.test(groups)) return 'public-librarian';
  if (/museum|\bzoo\b|nature center|historical society|foundation|community|partner/.test(`${org} | ${groups}`)) {
    return 'community-partner';
  }
  if (/administrat|principal/.test(groups)) return 'administrator';
  if (/teacher|faculty|staff/.test(groups)) return 'teacher';
  return undefined;
}

/** Builds one contact. A person with neither name nor email is an error. */
export function contactFromFacts(facts: ContactFacts, createdAt: string): FactsOutcome {
  const warnings: string[] = [];
  const emails = facts.emails.map((e) => e.trim()).filter((e) => e !== '');
  const email = emails.find(isEmail);
  for (const bad of emails.filter((e) => !isEmail(e))) warnings.push(`"${bad}" is not an email address and was left out`);
  const otherEmails = emails.filter((e) => isEmail(e) && e.toLowerCase() !== email?.toLowerCase());

  let name = (facts.name ?? '').replace(/\s+/g, ' ').trim();
  if (name === '') name = (facts.nameParts ?? []).map((p) => p.trim()).filter(Boolean).join(' ');
  if (name === '' && facts.organization) {
    name = facts.organization.trim();
    if (name !== '') warnings.push('no name given: the organisation is used as the name');
  }
  if (name === '' && email) {
    name = email;
    warnings.push('no name given: the email address is used as the name');
  }
  if (name === '') return { error: 'this contact has neither a name nor an email address', warnings };

  const given = facts.roleText ? parseRole(facts.roleText) : undefined;
  let role = given?.ok ? given.value : undefined;
  if (!role) {
    role = guessRole(facts);
    if (!role) {
      role = 'teacher';
      warnings.push(facts.roleText ? `role "${facts.roleText}" is not known: set to teacher` : 'role not known: set to teacher');
    }
  }

  const groups = [...new Set(facts.groups.map((g) => g.replace(/^\*\s*/, '').trim()).filter((g) => g !== '' && !NOISE_GROUPS.test(g)))];
  const notes = [
    facts.jobTitle?.trim() ? `Job title: ${facts.jobTitle.trim()}` : '',
    groups.length > 0 ? `Groups: ${groups.join(', ')}` : '',
    otherEmails.length > 0 ? `Other email: ${otherEmails.join(', ')}` : '',
    facts.notes?.trim() ?? '',
  ].filter((n) => n !== '');

  const record: Contact = {
    name,
    role,
    subjects: facts.subjects ?? [],
    grades: facts.grades ?? [],
    archived: false,
    createdAt,
  };
  if (email) record.email = email;
  const organization = facts.organization?.replace(/\s+/g, ' ').trim();
  if (organization) record.organization = organization;
  if (notes.length > 0) record.notes = notes.join('\n');
  return { record, warnings };
}

/**
 * Gathers per-record outcomes into an import result, refusing a record that repeats an
 * earlier one in the same file (same email, or same name and role).
 */
export function collectContacts(outcomes: { line: number; outcome: FactsOutcome }[]): ImportResult<Contact> {
  const rows: ParsedRow<Contact>[] = [];
  const errors: RowError[] = [];
  const index = duplicateIndex<Contact>();
  const lines = new Map<Contact, number>();
  for (const { line, outcome } of outcomes) {
    if (!outcome.record) {
      errors.push({ line, message: outcome.error ?? 'this contact could not be read' });
      continue;
    }
    const dup = index.find(outcome.record);
    if (dup) {
      errors.push({ line, message: `Duplicate of the contact at line ${lines.get(dup.existing)} (same ${dup.reason === 'email' ? 'email' : 'name and role'}).` });
      continue;
    }
    index.add(outcome.record);
    lines.set(outcome.record, line);
    rows.push(outcome.warnings.length > 0 ? { line, record: outcome.record, warnings: outcome.warnings } : { line, record: outcome.record });
  }
  return { rows, errors, total: outcomes.length };
}
