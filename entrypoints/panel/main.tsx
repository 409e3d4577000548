import { render } from 'preact';
import { PanelApp } from '../../src/ui/panel/PanelApp';
import '../../src/ui/theme.css';
import '../../src/ui/panel/panel.css';

render(<PanelApp />, document.getElementById('app')!);
