import { useState } from 'preact/hooks';
import { useRoute } from './router';
import { ContactsView, ContactDetail } from './ContactsView';
import { UnitsView, UnitDetail } from './UnitsView';
import { ResourcesView } from './ResourcesView';
import { LogView } from './LogView';
import { ImportView } from './ImportView';
import { CalendarImportView } from './CalendarImportView';
import { SitesView } from './SitesView';
import { SettingsView } from './SettingsView';
import { ReportTab } from './ReportTab';
import { Toast, type UndoToast } from '../Toast';

const VIEWS: [string, string][] = [
  ['contacts', 'Contacts'],
  ['units', 'Units'],
  ['resources', 'Resources'],
  ['log', 'Log'],
  ['report', 'Report'],
  ['import', 'Import & export'],
  ['calendar', 'Calendar import'],
  ['sites', 'Sites'],
  ['settings', 'Settings'],
];

export type Notify = (t: UndoToast) => void;

export function OptionsApp() {
  const route = useRoute();
  const [toast, setToast] = useState<UndoToast | null>(null);
  const notify: Notify = setToast;
  let body;
  switch (route.view) {
    case 'contacts':
      body = route.id ? <ContactDetail id={Number(route.id)} notify={notify} /> : <ContactsView />;
      break;
    case 'units':
      body = route.id ? <UnitDetail id={Number(route.id)} notify={notify} /> : <UnitsView />;
      break;
    case 'resources':
      body = <ResourcesView route={route} notify={notify} />;
      break;
    case 'log':
      body = <LogView notify={notify} />;
      break;
    case 'report':
      body = <ReportTab />;
      break;
    case 'import':
      body = <ImportView notify={notify} />;
      break;
    case 'calendar':
      body = <CalendarImportView notify={notify} />;
      break;
    case 'sites':
      body = <SitesView notify={notify} />;
      break;
    case 'settings':
      body = <SettingsView notify={notify} />;
      break;
    default:
      body = <p>That page does not exist. Pick a section on the left.</p>;
  }
  return (
    <div class="options">
      <nav aria-label="Sections" class="side no-print">
        <p class="brand">Library Liaison</p>
        <ul>
          {VIEWS.map(([id, label]) => (
            <li key={id}>
              <a href={`#/${id}`} aria-current={route.view === id ? 'page' : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="content" id="main">
        {body}
      </main>
      {toast && <Toast toast={toast} onClose={() => setToast(null)} />}
    </div>
  );
}
