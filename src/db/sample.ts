import type { SampleSchool } from '../sample/school';
import type { LiaisonDB } from './schema';
import { isEmpty, wipeAll } from './library';
import { getSettings } from './settings';

export class NotEmptyError extends Error {
  constructor() {
    super('Your library already has data. The sample school is only loaded into an empty library, so it never mixes with your own records.');
  }
}

/**
 * Loads the sample school in one transaction. Refuses when anything is stored,
 * unless `replace` is set (the UI asks first, and offers a backup).
 */
export async function loadSampleSchool(db: LiaisonDB, sample: SampleSchool, opts: { replace?: boolean } = {}): Promise<void> {
  if (!(await isEmpty(db))) {
    if (!opts.replace) throw new NotEmptyError();
    await wipeAll(db);
  }
  await db.transaction('rw', [db.contacts, db.units, db.resources, db.interactions, db.settings], async () => {
    const settings = await getSettings(db);
    await db.contacts.bulkAdd(sample.contacts);
    await db.units.bulkAdd(sample.units);
    await db.resources.bulkAdd(sample.resources);
    await db.interactions.bulkAdd(sample.interactions);
    await db.settings.put({ key: 'main', value: { ...settings, ...sample.settings, sampleLoaded: true } });
  });
}
