import { render } from 'preact';
import { t } from '../../src/ui/i18n';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/theme.css';
import './popup.css';

// The HTML says English; the page takes the language of the messages the browser chose.
document.documentElement.lang = t('appLocale');
document.title = t('extName');
render(<PopupApp />, document.getElementById('app')!);
