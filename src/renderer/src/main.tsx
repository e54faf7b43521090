import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initTheme } from './app/theme';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/search.css';
import './styles/facets.css';
import './styles/timeline.css';
import './styles/results.css';
import './styles/detail.css';
import './styles/panes.css';

initTheme();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
