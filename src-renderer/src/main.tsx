import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/reader.css';
import './styles/notes.css';
import './styles/link-suggest.css';
import './styles/workspace.css';
import './styles/reader-tools.css';
import './styles/dossiers.css';
import './styles/search.css';

const root = document.getElementById('root');
if (!root) throw new Error('Chancery: #root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
