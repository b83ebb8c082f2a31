/**
 * The one field-name formatter: the name of an isian a problem points at, for people, on the
 * server (in zod's messages) and in the web (beside every problem). `tanggalLahir` → "tanggal
 * lahir", `nomor_rekening` → "nomor rekening", `pegawai.0.nip` → "baris 1, NIP" (a list index is
 * the row a person sees, counted from 1), `target.2026` → "target 2026" (a year key of a record).
 */
const SINGKATAN_KOLOM: Record<string, string> = {
  nip: 'NIP',
  nik: 'NIK',
  npwp: 'NPWP',
  id: 'ID',
  tmt: 'TMT',
  sk: 'SK',
  jp: 'JP',
  skp: 'SKP',
  pk: 'PK',
  // The multipart upload's field (every import and document upload): the user picked a "berkas".
  file: 'berkas',
};

/** A list index (a row), not a key that happens to be digits (a year: `target.2026`). */
const indeks = (b: string | undefined) => b !== undefined && /^\d{1,3}$/.test(b);

export function namaKolom(kolom: string): string {
  if (!kolom || kolom === '(isian)') return 'isian';
  // Already written for people (a form's own label, "Aspek 1, baris 2: bobot"): as it is.
  if (!/^[A-Za-z0-9_.]+$/.test(kolom)) return kolom;
  const bagian = kolom.split('.');
  const kata = (b: string) => b.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_]+/).filter(Boolean).map((k) => SINGKATAN_KOLOM[k] ?? k).join(' ');
  const hasil: string[] = [];
  bagian.forEach((b, i) => {
    if (indeks(bagian[i + 1])) return; // The list's own name before an index adds nothing: "pegawai.0.nip" is "baris 1, NIP".
    if (indeks(b)) hasil.push(`baris ${Number(b) + 1}`);
    else if (/^\d+$/.test(b) && hasil.length) hasil[hasil.length - 1] += ` ${b}`;
    else hasil.push(kata(b));
  });
  return hasil.join(', ') || 'isian';
}

/** Words a problem's message starts with after the field's name ("alasan wajib diisi"). */
const AWAL_PREDIKAT = /^(wajib|harus|tidak|paling|minimal|maksimal|hanya|sudah|belum|bukan|melebihi|kurang|lebih|terlalu|sama|berbeda|salah)\b/;

/**
 * A problem as people read it beside its field: "Alasan: wajib diisi (minimal 10 karakter)". A
 * message that begins with the field's own name ("alasan wajib diisi …", written so it reads
 * alone too) loses it there, as the name already stands before it; any other message is kept
 * whole ("kode kompetensi wajib diisi" under "kode" names another thing).
 */
export function pesanMasalah(kolom: string, pesan: string): { kolom: string, pesan: string } {
  const nama = namaKolom(kolom);
  const akhirNama = nama.split(', ').at(-1)!.toLowerCase();
  if (pesan.toLowerCase().startsWith(`${akhirNama} `)) {
    const sisa = pesan.slice(akhirNama.length + 1);
    if (AWAL_PREDIKAT.test(sisa)) return { kolom: nama, pesan: sisa };
  }
  return { kolom: nama, pesan };
}
