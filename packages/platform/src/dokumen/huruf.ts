import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Font files come from npm packages only (pdfmake ships Roboto), so a fresh machine without
 * system fonts renders the same PDF and the same chart text. DOCX names a font instead of
 * embedding one: Arial, which Word has and LibreOffice maps to Liberation Sans.
 */
const folderRoboto = join(dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');

export const BERKAS_HURUF = { normal: join(folderRoboto, 'Roboto-Regular.ttf'), tebal: join(folderRoboto, 'Roboto-Medium.ttf'), miring: join(folderRoboto, 'Roboto-Italic.ttf'),
  tebalMiring: join(folderRoboto, 'Roboto-MediumItalic.ttf') } as const;

export const HURUF_PDF = 'Roboto';
export const HURUF_DOCX = 'Arial';

let cache: Record<keyof typeof BERKAS_HURUF, Buffer> | undefined;

export function bacaHuruf(): Record<keyof typeof BERKAS_HURUF, Buffer> {
  cache ??= { normal: readFileSync(BERKAS_HURUF.normal), tebal: readFileSync(BERKAS_HURUF.tebal), miring: readFileSync(BERKAS_HURUF.miring),
    tebalMiring: readFileSync(BERKAS_HURUF.tebalMiring) };
  return cache;
}
