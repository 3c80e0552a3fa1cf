import { render } from 'solid-js/web';
import { App } from './ui/App';
import { UpdatePrompt } from './ui/UpdatePrompt';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
render(
  () => (
    <>
      <App useHash />
      <UpdatePrompt />
    </>
  ),
  root,
);
