import { render } from 'preact';
import { t } from '../../src/ui/i18n';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import '../../src/ui/theme.css';
import '../../src/ui/options/options.css';

// The HTML says English; the page takes the language of the messages the browser chose.
document.documentElement.lang = t('appLocale');
document.title = t('extName');
render(<OptionsApp />, document.getElementById('app')!);
