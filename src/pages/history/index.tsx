import { render } from 'preact';
import '../shared/base.css';
import '../shared/page.css';
import './history.css';
import { HistoryPage } from './history-page';
import { loadSettings } from '../../storage/settings-store';
import { viewSettingsOf } from '../../storage/settings';

render(<HistoryPage loadView={async () => viewSettingsOf(await loadSettings())} />, document.getElementById('app')!);
