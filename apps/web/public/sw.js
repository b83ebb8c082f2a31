// SIMASN service worker: makes the app installable and lets the attendance page open and queue
// check-ins without signal. The app shell (index.html) is network-first with a cached fallback;
// hashed build assets are cache-first (their names change with their content). API answers are
// never cached (personal data, and the server decides every check-in).
const CACHE = 'simasn-v1';
const SHELL = '/index.html';
const AWAL = [SHELL, '/manifest.webmanifest', '/ikon-192.png', '/ikon-512.png'];

self.addEventListener('install', (e) => {
  // API calls go straight to the network without waking this worker (the browser's static routing,
  // where it has it): the fetch handler below leaves them alone anyway, but each one was first
  // handed to it, a round trip through this thread while the page waits for its data.
  // A browser that refuses the route installs the worker all the same.
  const rute = e.addRoutes ? e.addRoutes({ condition: { urlPattern: new URLPattern({ pathname: '/api/*' }) }, source: 'network' }).catch(() => {}) : null;
  e.waitUntil(Promise.all([rute, caches.open(CACHE).then((c) => c.addAll(AWAL))]).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (e) => {
  // Navigation preload: the browser sends a page's request while it starts this worker, instead of
  // after (starting it took 20-40 ms of every page's load on a slow machine); the handler below
  // answers with that response.
  const pramuat = self.registration.navigationPreload ? self.registration.navigationPreload.enable().catch(() => {}) : null;
  e.waitUntil(
    Promise.all([pramuat, caches.keys().then((k) => Promise.all(k.filter((n) => n !== CACHE).map((n) => caches.delete(n))))]).then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (e) => {
  const r = e.request;
  if (r.method !== 'GET') return;
  const url = new URL(r.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (r.mode === 'navigate') {
    e.respondWith(Promise.resolve(e.preloadResponse).then((pra) => pra || fetch(r)).then((res) => {
      if (res.ok) {
        const salinan = res.clone();
        caches.open(CACHE).then((c) => c.put(SHELL, salinan));
      }
      return res;
    }).catch(() => caches.match(SHELL).then((res) => res || Response.error())));
    return;
  }
  if (url.pathname.startsWith('/assets/') || AWAL.includes(url.pathname)) {
    e.respondWith(caches.match(r).then((ada) => ada || fetch(r).then((res) => {
      if (res.ok) {
        const salinan = res.clone();
        caches.open(CACHE).then((c) => c.put(r, salinan));
      }
      return res;
    })));
  }
});
