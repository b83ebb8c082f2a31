import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { GalatApi } from './api.ts';
import { PenyediaSesi, pramuatSesi } from './sesi.tsx';
import { Aplikasi } from './Aplikasi.tsx';
import { dalamKerangka, muatHalamanAwal } from './daftar-halaman.tsx';
import { pramuatLonceng } from './komponen/Lonceng.tsx';
import { segera } from './segera.ts';
import { pramuatAlamat } from './kait.ts';
import './gaya.css';

const klien = new QueryClient({ defaultOptions: { queries: {
  // 4xx answers are final (not found, not allowed); retry only network and server trouble.
  retry: (kali, e) => kali < 2 && (!(e instanceof GalatApi) || e.status === 0 || e.status >= 500),
  refetchOnWindowFocus: false,
  staleTime: 15_000,
} } });

// react-query tells its observers of a query's new state in a task of its own (setTimeout by
// default, which a background tab slows to one a second): here in the next task, as the effects run.
notifyManager.setScheduler(segera);

/** Resolves when no query is being fetched (all that was asked for has come, or failed). */
function kueriSelesai(qc: QueryClient): Promise<void> {
  return new Promise((selesai) => {
    if (!qc.isFetching()) return selesai();
    const berhenti = qc.getQueryCache().subscribe(() => {
      if (qc.isFetching()) return;
      berhenti();
      selesai();
    });
  });
}

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

// The first render waits for what the page needs, all asked for here, before anything renders:
// the page's code (its chunk, named in the shell as a modulepreload), the session (preloaded by the
// shell too: sesi.tsx reads the same URL), the frame's notification bell and the page's own data
// (named in the shell when the address has no query; else the page module's `pramuat`, asked as
// soon as its code is here). The page then renders once,
// with its data, instead of a "checking the session" line, then its frame, then its rows.
// Not a top-level await: the page's chunk imports this entry's modules, which would wait for it.
// On a slow visit the shell does not wait more than 0,4 s: what is still on its way then renders
// in its place as it comes.
pramuatSesi(klien);
if (dalamKerangka(location.pathname)) pramuatLonceng(klien);
// The page's own first data the shell named (apps/web/src/data-awal.ts), under the keys the page reads.
for (const l of document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][data-awal]')) pramuatAlamat(klien, l.getAttribute('href')!);
const siap = muatHalamanAwal(location.pathname, { qc: klien, cari: location.search }).then(() => kueriSelesai(klien));
void Promise.race([siap, new Promise((r) => setTimeout(r, 400))]).then(tampilkan);
