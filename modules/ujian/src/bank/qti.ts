import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * QTI (1EdTech Question and Test Interoperability) for the question banks, pure: an item as a
 * QTI 3.0 qti-assessment-item and a bank as the content package's imsmanifest.xml (writing), and
 * a package's manifest and items, QTI 3.0 or 2.1, read back into the module's shape (reading).
 * What the module holds: one choice interaction, one answer (cardinality single) or several
 * (multiple) with the correct response; TKP-style option weights 1-5 as the response's mapping
 * (the score is the chosen option's weight); the explanation as modal feedback; one image in
 * the item body; the category in the manifest's LOM classification. Anything else is refused
 * by the reader, with its reason in Indonesian.
 */

export const NS_QTI3 = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
export const NS_CP_QTI3 = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
export const NS_LOM = 'http://ltsc.ieee.org/xsd/LOM';
/** The taxonomy source naming the item's category (TWK/TIU/TKP or the competency code). */
export const SUMBER_KATEGORI = 'SIMASN kategori';
const HURUF = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;

/** Text for XML: the five special characters escaped, characters XML 1.0 cannot hold left out. */
export function xmlAman(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 cannot hold, left out on purpose
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** Lines of text as paragraphs (an empty line an empty paragraph); the reader joins them back with line breaks. */
const paragraf = (teks: string, indent: string) => teks.split(/\r?\n/).map((b) => `${indent}<p>${xmlAman(b.trim())}</p>`).join('\n');

export interface ButirUntukQti {
  /** The item's identifier in the package (an NCName: `butir-12`). */
  identifier: string;
  judul: string;
  teks: string;
  jenis: 'tunggal' | 'ganda';
  opsi: readonly { teks: string, benar: boolean, bobot: number | null }[];
  pembahasan: string;
  acakOpsi: boolean;
  /** The image's path relative to the item file (`gambar/butir-12.png`). */
  gambar: string | null;
}

/** One item as a QTI 3.0 qti-assessment-item. Options get the identifiers a, b, c... by position. */
export function xmlButirQti(b: ButirUntukQti): string {
  const berbobot = b.opsi.some((o) => o.bobot !== null);
  const benar = b.opsi.map((o, i) => (o.benar ? HURUF[i] : null)).filter((x) => x !== null);
  const kartu = b.jenis === 'ganda' ? 'multiple' : 'single';
  const r: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<qti-assessment-item xmlns="${NS_QTI3}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
    `  xsi:schemaLocation="${NS_QTI3} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd"`,
    `  identifier="${xmlAman(b.identifier)}" title="${xmlAman(b.judul)}" adaptive="false" time-dependent="false" xml:lang="id">`,
    `  <qti-response-declaration identifier="RESPONSE" cardinality="${kartu}" base-type="identifier">`,
  ];
  if (benar.length) r.push('    <qti-correct-response>', ...benar.map((h) => `      <qti-value>${h}</qti-value>`), '    </qti-correct-response>');
  if (berbobot) {
    r.push('    <qti-mapping default-value="0">',
      ...b.opsi.map((o, i) => (o.bobot === null ? '' : `      <qti-map-entry map-key="${HURUF[i]}" mapped-value="${o.bobot}"/>`)).filter(Boolean), '    </qti-mapping>');
  }
  r.push('  </qti-response-declaration>', '  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>');
  if (b.pembahasan) r.push('  <qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>');
  r.push('  <qti-item-body>', paragraf(b.teks, '    '));
  if (b.gambar) r.push(`    <p><img src="${xmlAman(b.gambar)}" alt="Gambar soal"/></p>`);
  r.push(`    <qti-choice-interaction response-identifier="RESPONSE" shuffle="${b.acakOpsi}" max-choices="${b.jenis === 'ganda' ? 0 : 1}">`);
  b.opsi.forEach((o, i) => {
    const isi = o.teks.includes('\n') ? `\n${paragraf(o.teks, '        ')}\n      ` : xmlAman(o.teks.trim());
    r.push(`      <qti-simple-choice identifier="${HURUF[i]}">${isi}</qti-simple-choice>`);
  });
  r.push('    </qti-choice-interaction>', '  </qti-item-body>', '  <qti-response-processing>');
  // Weighted: the score is the chosen option's weight; otherwise 1 for the correct response (all of it), 0 else.
  if (berbobot) {
    r.push('    <qti-set-outcome-value identifier="SCORE"><qti-map-response identifier="RESPONSE"/></qti-set-outcome-value>');
  } else {
    r.push('    <qti-response-condition>', '      <qti-response-if>', '        <qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match>',
      '        <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">1</qti-base-value></qti-set-outcome-value>', '      </qti-response-if>',
      '      <qti-response-else>', '        <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">0</qti-base-value></qti-set-outcome-value>',
      '      </qti-response-else>', '    </qti-response-condition>');
  }
  if (b.pembahasan) r.push('    <qti-set-outcome-value identifier="FEEDBACK"><qti-base-value base-type="identifier">PEMBAHASAN</qti-base-value></qti-set-outcome-value>');
  r.push('  </qti-response-processing>');
  if (b.pembahasan) {
    r.push('  <qti-modal-feedback outcome-identifier="FEEDBACK" identifier="PEMBAHASAN" show-hide="show" title="Pembahasan">', '    <qti-content-body>',
      paragraf(b.pembahasan, '      '), '    </qti-content-body>', '  </qti-modal-feedback>');
  }
  r.push('</qti-assessment-item>', '');
  return r.join('\n');
}

export interface ResourceQti {
  identifier: string;
  /** The item file's path in the package. */
  href: string;
  kategori: string;
  namaKategori: string;
  /** The other files of the item (its image). */
  berkas: string[];
}

/** The package's imsmanifest.xml (QTI 3.0 content packaging): one item resource per item, its category in LOM. */
export function xmlManifestQti(identifier: string, judul: string, items: readonly ResourceQti[]): string {
  const r: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="${NS_CP_QTI3}" xmlns:imsmd="${NS_LOM}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="${xmlAman(identifier)}"`,
    `  xsi:schemaLocation="${NS_CP_QTI3} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd ${NS_LOM} https://purl.imsglobal.org/spec/md/v1p3/schema/xsd/imsmd_loose_v1p3p2.xsd">`,
    '  <metadata>',
    '    <schema>QTI Package</schema>',
    '    <schemaversion>3.0.0</schemaversion>',
    `    <imsmd:lom><imsmd:general><imsmd:title><imsmd:string language="id">${xmlAman(judul)}</imsmd:string></imsmd:title></imsmd:general></imsmd:lom>`,
    '  </metadata>',
    '  <organizations/>',
    '  <resources>',
  ];
  for (const i of items) {
    r.push(`    <resource identifier="${xmlAman(i.identifier)}" type="imsqti_item_xmlv3p0" href="${xmlAman(i.href)}">`, '      <metadata>', '        <imsmd:lom>',
      `          <imsmd:general><imsmd:identifier><imsmd:catalog>SIMASN</imsmd:catalog><imsmd:entry>${xmlAman(i.identifier)}</imsmd:entry></imsmd:identifier></imsmd:general>`,
      '          <imsmd:classification>', '            <imsmd:purpose><imsmd:source>LOMv1.0</imsmd:source><imsmd:value>competency</imsmd:value></imsmd:purpose>',
      `            <imsmd:taxonPath><imsmd:source><imsmd:string language="id">${SUMBER_KATEGORI}</imsmd:string></imsmd:source>`,
      `              <imsmd:taxon><imsmd:id>${xmlAman(i.kategori)}</imsmd:id><imsmd:entry><imsmd:string language="id">${
        xmlAman(i.namaKategori)
      }</imsmd:string></imsmd:entry></imsmd:taxon>`, '            </imsmd:taxonPath>', '          </imsmd:classification>', '        </imsmd:lom>', '      </metadata>',
      `      <file href="${xmlAman(i.href)}"/>`, ...i.berkas.map((f) => `      <file href="${xmlAman(f)}"/>`), '    </resource>');
  }
  r.push('  </resources>', '</manifest>', '');
  return r.join('\n');
}

// Reading ---------------------------------------------------------------------------------------

/** An element, its name without namespace prefix and QTI 3.0's `qti-` kebab names as 2.1's camelCase (`qti-simple-choice` → `simpleChoice`). */
export interface Simpul {
  n: string;
  a: Record<string, string>;
  c: (Simpul | string)[];
}

const unta = (s: string) => s.replace(/-([a-z0-9])/g, (_, h: string) => h.toUpperCase());
const namaSimpul = (s: string) => (s.startsWith('qti-') ? unta(s.slice(4)) : s);

const pengurai = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, trimValues: false, parseTagValue: false,
  parseAttributeValue: false, processEntities: true, htmlEntities: true, ignoreDeclaration: true, ignorePiTags: true, commentPropName: false });

type Mentah = Record<string, unknown>;
function ubahSimpul(m: Mentah): Simpul | string | null {
  if ('#text' in m) return String(m['#text']);
  const nama = Object.keys(m).find((k) => k !== ':@');
  if (!nama || nama.startsWith('?') || nama.startsWith('!')) return null;
  const a: Record<string, string> = {};
  for (const [k, v] of Object.entries((m[':@'] as Record<string, unknown> | undefined) ?? {})) a[unta(k)] = String(v);
  const anak = (m[nama] as Mentah[] | undefined) ?? [];
  return { n: namaSimpul(nama), a, c: anak.map(ubahSimpul).filter((x) => x !== null) };
}

/** Parses an XML document into its root element, or why it cannot be read (in Indonesian). */
export function uraiXml(xml: string): { akar: Simpul } | { salah: string } {
  const teks = xml.replace(/^\uFEFF/, '');
  // A DOCTYPE may declare entities (expansion bombs, external files): no QTI file needs one.
  if (/<!DOCTYPE|<!ENTITY/i.test(teks)) return { salah: 'XML memuat DOCTYPE/ENTITY; tidak diterima' };
  const v = XMLValidator.validate(teks);
  if (v !== true) return { salah: `XML rusak pada baris ${v.err.line}, kolom ${v.err.col}` };
  const akar = (pengurai.parse(teks) as Mentah[]).map(ubahSimpul).find((x): x is Simpul => typeof x === 'object' && x !== null);
  return akar ? { akar } : { salah: 'XML tidak berisi elemen' };
}

const anakSimpul = (s: Simpul) => s.c.filter((x): x is Simpul => typeof x !== 'string');
function cari(s: Simpul, nama: string): Simpul[] {
  const hasil: Simpul[] = [];
  const jalan = (x: Simpul) => {
    for (const a of anakSimpul(x)) {
      if (a.n === nama) hasil.push(a);
      jalan(a);
    }
  };
  jalan(s);
  return hasil;
}
const teksPolos = (s: Simpul): string => s.c.map((x) => (typeof x === 'string' ? x : teksPolos(x))).join('').trim();

const BLOK = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'table', 'dl', 'dt', 'dd', 'prompt', 'contentBody']);
/** In the item body but not the question's text. */
const LEWATI = new Set(['choiceInteraction', 'rubricBlock', 'feedbackBlock', 'feedbackInline', 'templateBlock', 'templateInline', 'img', 'object', 'math', 'stylesheet']);

/** An element's text, a block (p, div, li...) a line of its own, spaces within a line collapsed. */
export function teksIsi(s: Simpul, lewati: ReadonlySet<string> = new Set()): string {
  const baris: string[] = [];
  let kini: string | null = null;
  const jalan = (x: Simpul) => {
    for (const a of x.c) {
      if (typeof a === 'string') {
        kini = (kini ?? '') + a.replace(/[ \t\r\n]+/g, ' ');
      } else if (a.n === 'br') {
        baris.push((kini ?? '').trim());
        kini = '';
      } else if (lewati.has(a.n)) {
        // Not part of this text (the interaction, an image, feedback).
      } else if (BLOK.has(a.n)) {
        const sebelum = (kini ?? '') as string;
        if (sebelum.trim()) baris.push(sebelum.trim());
        kini = '';
        jalan(a);
        if (kini !== null) baris.push((kini as string).trim());
        kini = null;
      } else {
        jalan(a);
      }
    }
  };
  jalan(s);
  if (kini !== null && (kini as string).trim()) baris.push((kini as string).trim());
  while (baris.length && !baris[0]) baris.shift();
  while (baris.length && !baris[baris.length - 1]) baris.pop();
  return baris.join('\n');
}

export interface ButirDariQti {
  identifier: string;
  teks: string;
  jenis: 'tunggal' | 'ganda';
  /** By position; `bobot` the mapped value as written (the importer checks it against the category). */
  opsi: { teks: string, benar: boolean, bobot: string | null }[];
  pembahasan: string;
  acakOpsi: boolean;
  /** Image references in the item body (src of img, data of object), as written. */
  gambar: string[];
}

/**
 * Reads one item (QTI 3.0 qti-assessment-item or 2.1 assessmentItem) into the module's shape, or
 * the reasons it cannot be held (another interaction, several interactions, an ordered response...).
 */
export function bacaButirQti(xml: string): { butir: ButirDariQti } | { salah: string[], identifier?: string } {
  const u = uraiXml(xml);
  if ('salah' in u) return { salah: [u.salah] };
  const h = bacaAkarButir(u.akar);
  return 'salah' in h && u.akar.a.identifier ? { ...h, identifier: u.akar.a.identifier } : h;
}

function bacaAkarButir(akar: Simpul): { butir: ButirDariQti } | { salah: string[] } {
  if (akar.n !== 'assessmentItem') return { salah: [`bukan butir QTI (elemen akar ${akar.n}, seharusnya assessmentItem atau qti-assessment-item)`] };
  const identifier = akar.a.identifier ?? '';
  const tubuh = anakSimpul(akar).find((x) => x.n === 'itemBody');
  if (!tubuh) return { salah: ['butir tidak memiliki isi (itemBody)'] };
  const salah: string[] = [];
  const lain = [...new Set(semua(tubuh).map((x) => x.n).filter((n) => n.endsWith('Interaction') && n !== 'choiceInteraction'))];
  if (lain.length) salah.push(`interaksi ${lain.join(', ')} tidak didukung; bank soal hanya memuat pilihan ganda (choiceInteraction)`);
  const pilihan = cari(tubuh, 'choiceInteraction');
  if (!pilihan.length && !lain.length) salah.push('butir tidak memuat interaksi pilihan ganda (choiceInteraction)');
  if (pilihan.length > 1) salah.push(`butir memuat ${pilihan.length} interaksi pilihan ganda; bank soal hanya memuat satu per butir`);
  // Content the module's plain text would lose: refused by name rather than dropped.
  if (anakSimpul(akar).some((x) => x.n === 'templateDeclaration')) salah.push('butir bertemplat (templateDeclaration) tidak didukung');
  if (semua(tubuh).some((x) => x.n === 'math')) salah.push('butir memuat rumus MathML; bank soal hanya memuat teks dan satu gambar');
  const media = semua(tubuh).filter((x) => x.n === 'object' && !(x.a.type ?? '').startsWith('image/')).map((x) => x.a.type ?? 'tanpa jenis');
  if (media.length) salah.push(`butir memuat media ${media.join(', ')}; bank soal hanya memuat gambar PNG atau JPEG`);
  if (salah.length) return { salah };
  const ci = pilihan[0]!;
  const respId = ci.a.responseIdentifier ?? '';
  const dekl = anakSimpul(akar).find((x) => x.n === 'responseDeclaration' && x.a.identifier === respId);
  if (!dekl) return { salah: [`deklarasi jawaban "${respId}" (responseDeclaration) tidak ada`] };
  const kartu = dekl.a.cardinality;
  if (kartu !== 'single' && kartu !== 'multiple') return { salah: [`kardinalitas jawaban "${kartu ?? ''}" tidak didukung; hanya single atau multiple`] };
  if (dekl.a.baseType !== undefined && dekl.a.baseType !== 'identifier') return { salah: [`tipe jawaban "${dekl.a.baseType}" tidak didukung; harus identifier`] };
  const kunci = new Set(cari(dekl, 'correctResponse').flatMap((c) => anakSimpul(c).filter((v) => v.n === 'value').map(teksPolos)));
  const peta = new Map(cari(dekl, 'mapEntry').map((e) => [e.a.mapKey ?? '', e.a.mappedValue ?? '']));
  const choices = anakSimpul(ci).filter((x) => x.n === 'simpleChoice');
  for (const c of choices) {
    if (cari(c, 'img').length || cari(c, 'object').length) salah.push(`opsi "${c.a.identifier ?? ''}" memuat gambar; bank soal hanya memuat gambar pada soal`);
  }
  const kodeOpsi = new Set(choices.map((c) => c.a.identifier ?? ''));
  for (const k of kunci) if (!kodeOpsi.has(k)) salah.push(`kunci "${k}" bukan opsi butir ini`);
  for (const k of peta.keys()) if (!kodeOpsi.has(k)) salah.push(`bobot untuk "${k}" bukan opsi butir ini`);
  if (salah.length) return { salah };
  const prompt = anakSimpul(ci).filter((x) => x.n === 'prompt').map((p) => teksIsi(p)).filter(Boolean);
  const teks = [teksIsi(tubuh, LEWATI), ...prompt].filter(Boolean).join('\n');
  const gambar = [...cari(tubuh, 'img').map((i) => i.a.src ?? ''), ...cari(tubuh, 'object').filter((o) => (o.a.type ?? '').startsWith('image/')).map((o) => o.a.data ?? '')];
  const pembahasan = anakSimpul(akar).filter((x) => x.n === 'modalFeedback').map((f) => teksIsi(f)).filter(Boolean).join('\n');
  return {
    butir: { identifier, teks, jenis: kartu === 'multiple' ? 'ganda' : 'tunggal',
      opsi: choices.map((c) => ({ teks: teksIsi(c), benar: kunci.has(c.a.identifier ?? ''), bobot: peta.get(c.a.identifier ?? '') ?? null })), pembahasan,
      acakOpsi: ci.a.shuffle === 'true', gambar },
  };
}

function semua(s: Simpul): Simpul[] {
  return anakSimpul(s).flatMap((a) => [a, ...semua(a)]);
}

export interface ButirManifest {
  identifier: string;
  href: string;
  /** The category named in the resource's LOM classification (source "SIMASN kategori"), if any. */
  kategori: string | null;
}

/** The item resources of an imsmanifest.xml (QTI 3.0 or 2.x item types); other resources (tests, images) are not items. */
export function bacaManifestQti(xml: string): { butir: ButirManifest[] } | { salah: string } {
  const u = uraiXml(xml);
  if ('salah' in u) return u;
  if (u.akar.n !== 'manifest') return { salah: `imsmanifest.xml bukan manifest paket (elemen akar ${u.akar.n})` };
  const butir = cari(u.akar, 'resource').filter((r) => /^imsqti_item_xmlv(2p[0-2]|3p0)$/.test(r.a.type ?? '')).map((r) => {
    const jalur = cari(r, 'taxonPath').find((t) => cari(t, 'source').some((s) => teksPolos(s) === SUMBER_KATEGORI));
    const id = jalur ? cari(jalur, 'id')[0] : undefined;
    const href = r.a.href ?? anakSimpul(r).find((f) => f.n === 'file')?.a.href ?? '';
    return { identifier: r.a.identifier ?? '', href, kategori: id ? teksPolos(id) || null : null };
  });
  return { butir };
}
