import { ReportPage } from '../report/ReportPage';
import { getSettings } from '../../db/settings';
import { allContacts, allInteractions, allResources, allUnits, db, now } from './data';

const loadData = async () => {
  const [contacts, units, resources, interactions, settings] = await Promise.all([allContacts(), allUnits(), allResources(), allInteractions(), getSettings(db)]);
  return { contacts, units, resources, interactions, settings };
};

export function ReportTab() {
  return <ReportPage loadData={loadData} now={now} />;
}
