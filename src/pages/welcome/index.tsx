import { render } from 'preact';
import '../shared/base.css';
import '../shared/page.css';
import './welcome.css';
import { WelcomePage } from './welcome-page';

render(<WelcomePage />, document.getElementById('app')!);
