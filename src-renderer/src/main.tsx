import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bootBrowserToken } from './api/browser-token';
import { TokenGate } from './components/app/TokenGate';
import './styles/base.css';
import './styles/surfaces.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/reader.css';
import './styles/notes.css';
import './styles/link-suggest.css';
import './styles/workspace.css';
import './styles/reader-tools.css';
import './styles/dossiers.css';
import './styles/views.css';
import './styles/search.css';
import './styles/people.css';
import './styles/people-index.css';
import './styles/person-page.css';
import './styles/person-documents.css';
import './styles/trash.css';
import './styles/saved.css';

const root = document.getElementById('root');
if (!root) throw new Error('Chancery: #root missing from index.html');
// The desktop app talks through its preload bridge; only browser mode needs the link's token.
const browserMode = window.chancery === undefined;
if (browserMode) bootBrowserToken();
createRoot(root).render(
  <StrictMode>
    {browserMode ? (
      <TokenGate>
        <App />
      </TokenGate>
    ) : (
      <App />
    )}
  </StrictMode>,
);
