/**
 * The data-encryption key of the unit and integrasi projects (issue 10 item 2): every test file
 * runs with a key installed, as the server and the CLI do after `siapkanKunciData`. A random key
 * per worker unless SIMASN_KUNCI_DATA is set; it is put into the environment so the CLI processes
 * a test starts (cli-uji.ts) open the same data.
 */
import { randomBytes } from 'node:crypto';
// The key module alone (`@simasn/platform/kunci`), not the package's index: this runs before every
// test file, and loading the whole platform (documents, XLSX, charts) there cost most of a unit
// file's time. Same file, same module instance as the tests' @simasn/platform.
import { kunciDariEnv, pasangKunciData } from '@simasn/platform/kunci';

process.env.SIMASN_KUNCI_DATA ||= randomBytes(32).toString('base64');
pasangKunciData(kunciDariEnv(process.env));
