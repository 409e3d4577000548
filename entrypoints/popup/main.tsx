import { render } from 'preact';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/theme.css';
import './popup.css';

render(<PopupApp />, document.getElementById('app')!);
