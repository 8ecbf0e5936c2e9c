import './no-eval';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { defaultBlocks } from './services/blocks';
import { createPaneServices } from './services/engine';
import { createOfficeEngine } from './services/office';
import { createWordReviewComments } from './services/review-comments';

/** Mounts the pane once Office (or the demo's shim) is ready. */
export async function mountPane(container: HTMLElement): Promise<void> {
  // Office.js did not load (offline, blocked, or the page opened outside Word): say so, do not go blank.
  if (typeof Office === 'undefined') {
    container.setAttribute('role', 'alert');
    container.textContent =
      'Rapportstöd kunde inte ladda Office.js. Öppna tillägget i Word (eller demo.html i webbläsaren) och kontrollera nätverket.';
    return;
  }
  await Office.onReady();
  const services = {
    ...createPaneServices(createOfficeEngine(), defaultBlocks),
    reviewComments: createWordReviewComments(),
  };
  createRoot(container).render(<App services={services} />);
}

const root = document.getElementById('root');
// The demo imports mountPane itself after installing the shim; the real pane mounts here.
if (root && root.dataset.autoMount !== 'false') void mountPane(root);
