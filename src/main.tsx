import { render } from 'solid-js/web';
import { startLanguage } from './ui/strings/language';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// The language's words are written into the string objects before the app's modules load, so every
// module (and any constant it builds from the strings) reads the chosen language.
void startLanguage()
  .catch(() => {
    // A language chunk that fails to load leaves the app in English rather than blank.
  })
  .then(async () => {
    const [{ App }, { UpdatePrompt }] = await Promise.all([import('./ui/App'), import('./ui/UpdatePrompt')]);
    render(
      () => (
        <>
          <UpdatePrompt />
          <App useHash />
        </>
      ),
      root,
    );
  });
