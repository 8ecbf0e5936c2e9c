import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { defaultBlocks } from './services/blocks';
import { createPaneServices } from './services/engine';
import { createOfficeEngine } from './services/office';

/** Mounts the pane once Office (or the demo's shim) is ready. */
export async function mountPane(container: HTMLElement): Promise<void> {
  await Office.onReady();
  const services = createPaneServices(createOfficeEngine(), defaultBlocks);
  createRoot(container).render(<App services={services} />);
}

const root = document.getElementById('root');
// The demo imports mountPane itself after installing the shim; the real pane mounts here.
if (root && root.dataset.autoMount !== 'false') void mountPane(root);
