import { lingkunganBerkas } from './harness.ts';
import { jelajahPeran } from './jelajah-halaman.ts';

/**
 * The page walk (e2e/jelajah-halaman.ts), second half: atasan first (the role of these that opens
 * the most pages), verifikator, admin OPD (admin.dinkes) and an ASN with no other role. The first
 * half, with admin BKD: e2e/halaman.e2e.test.ts.
 */
const env = lingkunganBerkas();

jelajahPeran(env, 'setiap halaman, peran lain, desktop dan ponsel', ['atasan', 'verifikator', 'admin.dinkes', 'asn'], false);
