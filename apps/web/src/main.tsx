import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { GalatApi } from './api.ts';
import { PenyediaSesi } from './sesi.tsx';
import { Aplikasi } from './Aplikasi.tsx';
import { muatHalamanAwal } from './daftar-halaman.tsx';
import './gaya.css';

const klien = new QueryClient({ defaultOptions: { queries: {
  // 4xx answers are final (not found, not allowed); retry only network and server trouble.
  retry: (kali, e) => kali < 2 && (!(e instanceof GalatApi) || e.status === 0 || e.status >= 500),
  refetchOnWindowFocus: false,
  staleTime: 15_000,
} } });

// Installable app and offline check-in queue (public/sw.js); not in development (Vite serves the modules itself).
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => {}));
}

// The page's code is fetched while the session is checked, not after.
muatHalamanAwal(location.pathname);

createRoot(document.getElementById('akar')!).render(<StrictMode>
  <QueryClientProvider client={klien}>
    <BrowserRouter>
      <PenyediaSesi>
        <Aplikasi />
      </PenyediaSesi>
    </BrowserRouter>
  </QueryClientProvider>
</StrictMode>);
