/**
 * Display names of the domain's enumerations, through browser.i18n. Each record
 * reads its messages when a label is used (getters), not when this module loads.
 */
import type { InteractionKind, ResourceKind, Role } from '../core/types';
import { t, type MessageKey } from './i18n';

function labels<K extends string>(keys: Record<K, MessageKey>): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>;
  for (const k of Object.keys(keys) as K[]) Object.defineProperty(out, k, { get: () => t(keys[k]), enumerable: true });
  return out;
}

export const KIND_LABEL = labels<InteractionKind>({
  'co-teaching-idea': 'kindCoTeachingIdea',
  'check-in': 'kindCheckIn',
  'co-taught-lesson': 'kindCoTaughtLesson',
  meeting: 'kindMeeting',
  email: 'kindEmail',
  'resource-shared': 'kindResourceShared',
  event: 'kindEvent',
});

export const ROLE_LABEL = labels<Role>({
  teacher: 'roleTeacher',
  specialist: 'roleSpecialist',
  administrator: 'roleAdministrator',
  parent: 'roleParent',
  'public-librarian': 'rolePublicLibrarian',
  'community-partner': 'roleCommunityPartner',
});

export const RESOURCE_LABEL = labels<ResourceKind>({
  book: 'resourceBook',
  ebook: 'resourceEbook',
  database: 'resourceDatabase',
  website: 'resourceWebsite',
  video: 'resourceVideo',
  booklist: 'resourceBooklist',
  kit: 'resourceKit',
  program: 'resourceProgram',
  lesson: 'resourceLesson',
});
