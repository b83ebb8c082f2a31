/**
 * The notification bell's first request: what Lonceng.tsx asks for, and the address the server
 * names in the shell of a page in the frame opened with a session (`<link rel="preload" as="fetch">`,
 * from dist/pramuat-halaman.json), so the browser sends it while it parses the shell instead of
 * after the entry script has run. Plain data without imports: the build's plugin reads it in Node.
 * test/bundel-awal.test.ts checks that the address is the one `panggil` builds from the input.
 */
export const MASUKAN_LONCENG = { query: { limit: 20 } } as const;
export const ALAMAT_LONCENG = '/api/notifikasi?limit=20';
