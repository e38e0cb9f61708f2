import { render } from 'preact';
import '../shared/base.css';
import './popup.css';
import { App } from './app';
import { messagingActions } from './actions';

render(<App actions={messagingActions} />, document.getElementById('app')!);
