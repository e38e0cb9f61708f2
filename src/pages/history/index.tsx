import { render } from 'preact';
import '../shared/base.css';
import '../shared/page.css';
import './history.css';
import { HistoryPage } from './history-page';

render(<HistoryPage />, document.getElementById('app')!);
