import type { InteractionKind, ResourceKind, Role } from '../core/types';

export const KIND_LABEL: Record<InteractionKind, string> = {
  'co-teaching-idea': 'Co-teaching idea',
  'check-in': 'Check-in',
  'co-taught-lesson': 'Co-taught lesson',
  meeting: 'Meeting',
  email: 'Email',
  'resource-shared': 'Resource shared',
  event: 'Event',
};

export const ROLE_LABEL: Record<Role, string> = {
  teacher: 'Teacher',
  specialist: 'Specialist',
  administrator: 'Administrator',
  parent: 'Parent',
  'public-librarian': 'Public librarian',
  'community-partner': 'Community partner',
};

export const RESOURCE_LABEL: Record<ResourceKind, string> = {
  book: 'Book',
  ebook: 'E-book',
  database: 'Database',
  website: 'Website',
  video: 'Video',
  booklist: 'Booklist',
  kit: 'Kit',
  program: 'Program',
  lesson: 'Lesson',
};
