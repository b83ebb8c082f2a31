import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { GalatApi } from './api.ts';
import { PenyediaSesi } from './sesi.tsx';
import { Aplikasi } from './Aplikasi.tsx';
import { dalamKerangka, muatHalamanAwal } from './daftar-halaman.tsx';
import { pramuatLonceng } from './komponen/Lonceng.tsx';
import './gaya.css';

const klien = new QueryClient({ defaultOptions: { queries: {
  // 4xx answers are final (not found, not allowed); retry only network and server trouble.
  retry: (kali, e) => kali < 2 && (!(e instanceof GalatApi) || e.status === 0 || e.status >= 500),
  refetchOnWindowFocus: false,
  staleTime: 15_000,
} } });

function tampilkan() {
  createRoot(document.getElementById('akar')!).render(<StrictMode>
    <QueryClientProvider client={klien}>
      <BrowserRouter>
        <PenyediaSesi>
          <Aplikasi />
        </PenyediaSesi>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>);
}

// Installable app and offline check-in queue (public/sw.js); not in development (Vite serves the modules itself).
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => {}));
}

// The page's code is fetched while the session is checked (asked by a preload in index.html), and
// the first render waits for it (a few ms from the cache): the page then renders without suspending.
// Not a top-level await: the page's chunk imports this entry's modules, which would wait for it.
// On a slow first visit the shell does not wait more than half a second for it.
// The page's data is asked for as soon as its code is here (its `pramuat`), with the session, and so
// is the frame's notification bell for a page in the frame: neither waits for the first render.
if (dalamKerangka(location.pathname)) pramuatLonceng(klien);
void Promise.race([muatHalamanAwal(location.pathname, { qc: klien, cari: location.search }), new Promise((r) => setTimeout(r, 500))]).then(tampilkan);
