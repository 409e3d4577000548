import { render } from 'preact';
import { PanelApp, requestPanelData } from '../../src/ui/panel/PanelApp';
import '../../src/ui/theme.css';
import '../../src/ui/panel/panel.css';

// Ask the background first, then render: the round trip runs while Preact mounts.
const data = requestPanelData();
render(<PanelApp data={data} />, document.getElementById('app')!);
