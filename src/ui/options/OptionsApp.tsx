import { useState } from 'preact/hooks';
import { useRoute } from './router';
import { ContactsView, ContactDetail } from './ContactsView';
import { UnitsView, UnitDetail } from './UnitsView';
import { ResourcesView } from './ResourcesView';
import { LogView } from './LogView';
import { PlanningView } from './PlanningView';
import { PublicLibraryNoteView } from './PublicLibraryNoteView';
import { ImportView } from './ImportView';
import { BackupReminder } from './BackupPanel';
import { CalendarImportView } from './CalendarImportView';
import { SitesView } from './SitesView';
import { SettingsView } from './SettingsView';
import { ReportTab } from './ReportTab';
import { Toast, type UndoToast } from '../Toast';
import { t, type MessageKey } from '../i18n';

const VIEWS: [string, MessageKey][] = [
  ['contacts', 'navContacts'],
  ['units', 'navUnits'],
  ['resources', 'navResources'],
  ['log', 'navLog'],
  ['report', 'navReport'],
  ['import', 'navImport'],
  ['calendar', 'navCalendar'],
  ['sites', 'navSites'],
  ['settings', 'navSettings'],
];

export type Notify = (toast: UndoToast) => void;

export function OptionsApp() {
  const route = useRoute();
  const [toast, setToast] = useState<UndoToast | null>(null);
  const notify: Notify = setToast;
  let body;
  switch (route.view) {
    case 'contacts':
      body = route.id ? <ContactDetail id={Number(route.id)} notify={notify} /> : <ContactsView notify={notify} />;
      break;
    case 'units':
      body =
        route.id && route.sub === 'plan' ? (
          <PlanningView unitId={Number(route.id)} notify={notify} />
        ) : route.id && route.sub === 'public-library' ? (
          <PublicLibraryNoteView unitId={Number(route.id)} notify={notify} />
        ) : route.id ? (
          <UnitDetail id={Number(route.id)} notify={notify} />
        ) : (
          <UnitsView notify={notify} />
        );
      break;
    case 'resources':
      body = <ResourcesView route={route} notify={notify} />;
      break;
    case 'log':
      body = <LogView notify={notify} route={route} />;
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
      body = <p>{t('navNotFound')}</p>;
  }
  return (
    <div class="options">
      <nav aria-label={t('navSections')} class="side no-print">
        <p class="brand">{t('extName')}</p>
        <ul>
          {VIEWS.map(([id, label]) => (
            <li key={id}>
              <a href={`#/${id}`} aria-current={route.view === id ? 'page' : undefined}>
                {t(label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="content" id="main">
        <BackupReminder notify={notify} />
        {body}
      </main>
      {toast && <Toast toast={toast} onClose={() => setToast(null)} />}
    </div>
  );
}
