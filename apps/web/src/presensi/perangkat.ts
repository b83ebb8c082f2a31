/**
 * This browser installation's device id (random, kept in localStorage): the first device that
 * checks in is bound to the account; another one needs admin approval. Not a fingerprint: clearing
 * the browser's data makes a new device, which then has to be requested again.
 */
const KUNCI = 'simasn-perangkat';

export function idPerangkat(): string {
  let id = localStorage.getItem(KUNCI);
  if (!id) {
    id = acak();
    localStorage.setItem(KUNCI, id);
  }
  return id;
}

/** A short description for the admin who approves the device ("Android · Chrome"), never the raw user agent. */
export function keteranganPerangkat(): string {
  const ua = navigator.userAgent;
  const sistem = /Android/.test(ua) ?
    'Android' :
    /iPhone|iPad/.test(ua) ?
    'iOS' :
    /Windows/.test(ua) ?
    'Windows' :
    /Mac OS/.test(ua) ?
    'macOS' :
    /Linux/.test(ua)
    ? 'Linux'
    : 'Perangkat lain';
  const peramban = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : 'peramban lain';
  const layar = window.matchMedia('(max-width: 640px)').matches ? 'ponsel' : 'layar lebar';
  return `${sistem} · ${peramban} · ${layar}`;
}

/** A new idempotency key for one check-in attempt. */
export const kunciPresensi = (): string => acak();

/** A random UUID; outside a secure context (plain HTTP on a LAN) from getRandomValues. */
function acak(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A selfie made small enough to send (at most 480 px, JPEG), as base64 without the data: prefix. */
export async function kecilkanSwafoto(berkas: File): Promise<{ jenisMime: 'image/jpeg', data: string }> {
  const gambar = await createImageBitmap(berkas);
  const skala = Math.min(1, 480 / Math.max(gambar.width, gambar.height));
  const kanvas = document.createElement('canvas');
  kanvas.width = Math.round(gambar.width * skala);
  kanvas.height = Math.round(gambar.height * skala);
  kanvas.getContext('2d')!.drawImage(gambar, 0, 0, kanvas.width, kanvas.height);
  const url = kanvas.toDataURL('image/jpeg', 0.7);
  return { jenisMime: 'image/jpeg', data: url.slice(url.indexOf(',') + 1) };
}
