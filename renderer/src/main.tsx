// First: zod is configured before any schema of the contract is built.
import './forms/zodSetup';
import { setDefaultOptions } from 'date-fns';
import { zhCN } from 'date-fns/locale/zh-CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

setDefaultOptions({ locale: zhCN });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
