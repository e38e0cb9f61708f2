import { render } from 'preact';
import '../shared/base.css';
import '../shared/page.css';
import { OptionsPage } from './options-page';

render(<OptionsPage />, document.getElementById('app')!);
