import { useEffect, useId, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import { formatTanggal, NAMA_BULAN, parseTanggal } from '@simasn/domain';
import { GalatApi } from '../api.ts';
import { bacaIsianJam, CONTOH_JAM, formatUkuran, hariIniSetempat, tampilJam } from '../format.ts';

/**
 * The shared form layer. Every form of the web app is a `Formulir`: the browser's own checks
 * (`required`, `type="date"`, "Please fill out this field", "Choose File", `mm/dd/yyyy`) are
 * switched off, and the form checks its input with the endpoint's schema (`periksaIsian`), whose
 * Indonesian messages `IsianForm` shows beside each field. `apps/web/test/formulir.test.ts` fails
 * on a `<form>` outside this file, a `required` attribute, or a native date or file input.
 */
export function Formulir(props: Omit<ComponentProps<'form'>, 'noValidate'>) {
  return <form {...props} noValidate />;
}

/**
 * The problems of one field in a failed check or a 422 (by its name, or the last part of its path;
 * `tepat`: only the whole path, for a form whose nested rows reuse a top-level name).
 */
export function masalahIsian(galat: unknown, nama: string | readonly string[], tepat = false): string[] {
  if (!(galat instanceof GalatApi)) return [];
  const nama2 = typeof nama === 'string' ? [nama] : nama;
  return galat.masalah.filter((m) => nama2.some((n) => m.kolom === n || (!tepat && m.kolom.endsWith(`.${n}`)))).map((m) => m.pesan);
}

/**
 * A problem found before sending, tied to the field it is about (shown beside it by `IsianForm`,
 * like the server's 422 naming that field), with the form's summary message.
 */
export function salahIsian(kolom: string, pesan: string, judul = 'Isian belum benar.'): GalatApi {
  return new GalatApi(422, 'tidak_valid', judul, [{ kolom, pesan }]);
}

/** What a control needs to be tied to its label, its hint and its error messages. */
export interface AtributIsian {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
}

/**
 * One labelled field: the label (with a mark when the field must be filled), the control, a
 * hint and the field's own error messages beside it, tied to the control by aria-describedby.
 */
export function IsianForm({ id, label, wajib, petunjuk, galat, nama, tepat, masalah, lebar, children }: {
  id: string;
  label: ReactNode;
  wajib?: boolean | undefined;
  petunjuk?: ReactNode;
  /** The form's error (a failed `periksaIsian` or a 422); its problems for `nama` are shown here. */
  galat?: unknown;
  nama?: string | readonly string[];
  /** Match `nama` as the whole path only. */
  tepat?: boolean;
  /** Messages of this field known otherwise (a file picker's own check). */
  masalah?: readonly string[];
  lebar?: boolean;
  children: (a: AtributIsian) => ReactNode;
}) {
  const pesan = [...(nama ? masalahIsian(galat, nama, tepat) : []), ...(masalah ?? [])];
  const idPetunjuk = petunjuk ? `${id}-petunjuk` : undefined;
  const idSalah = pesan.length ? `${id}-salah` : undefined;
  const dijelaskan = [idPetunjuk, idSalah].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`isian${lebar ? ' isian-lebar' : ''}`}>
      <label htmlFor={id}>
        {label}
        {wajib && <span className="wajib" aria-hidden="true">*</span>}
      </label>
      {children({ id, 'aria-invalid': pesan.length ? true : undefined, 'aria-describedby': dijelaskan, 'aria-required': wajib ? true : undefined })}
      {petunjuk && (
        <small className="petunjuk" id={idPetunjuk}>
          {petunjuk}
        </small>
      )}
      {idSalah && (
        <small className="salah" id={idSalah}>
          {pesan.join(' ')}
        </small>
      )}
    </div>
  );
}

/** What a control outside `IsianForm` needs to be tied to its own error messages. */
export interface AtributSalah {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A control that is not a labelled form field (a cell of a table, a file sent as soon as it is
 * chosen, a filter date, a box in a card): its own error messages beside it, tied to it by
 * aria-describedby and marked aria-invalid, as `IsianForm` does for a form's fields. `pesan`: the
 * messages of this control (a failed check before sending, or a 422's problems for it);
 * `dijelaskan`: the id of a hint it already has. `apps/web/test/formulir.test.ts` fails on a text
 * input, text area, date or file picker wired to neither.
 */
export function SalahDiSamping({ id, pesan, dijelaskan, umumkan, children }: {
  id: string;
  pesan: readonly string[];
  dijelaskan?: string | undefined;
  /** Announce the messages as they appear (role="alert"): for a control whose own request failed (an upload sent at once). */
  umumkan?: boolean;
  children: (a: AtributSalah) => ReactNode;
}) {
  const idSalah = pesan.length ? `${id}-salah` : undefined;
  return (
    <>
      {children({ 'aria-invalid': idSalah ? true : undefined, 'aria-describedby': [dijelaskan, idSalah].filter(Boolean).join(' ') || undefined })}
      {idSalah && (
        <small className="salah" id={idSalah} role={umumkan ? 'alert' : undefined}>
          {pesan.join(' ')}
        </small>
      )}
    </>
  );
}

/**
 * The messages of a control that makes its own request (a note saved from a table cell, a file sent
 * as soon as it is chosen): the problems naming `nama` when there are some, else the error's message
 * with every problem it names.
 */
export function pesanKendali(galat: unknown, nama?: string | readonly string[]): string[] {
  if (!galat) return [];
  const khusus = nama ? masalahIsian(galat, nama) : [];
  if (khusus.length) return khusus;
  if (galat instanceof GalatApi) return [galat.message, ...galat.masalah.map((m) => m.pesan)];
  return [galat instanceof Error ? galat.message : String(galat)];
}

/** An ISO day as `17 Mei 2022`; anything else (text being typed) as it is. */
const tampilTanggal = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? formatTanggal(v) : v);

/**
 * A date typed the way people write it here: `17/05/2022`, `17-05-2022` or `17 Mei 2022` (day
 * first, never the browser's locale-dependent mm/dd/yyyy picker). The value is the ISO day
 * (`2022-05-17`) when the text is a date, else the text as typed, which the schema then refuses;
 * on leaving the field a recognised date is shown as `17 Mei 2022`.
 */
export function IsianTanggal({ nilai, ganti, ...atribut }: Omit<ComponentProps<'input'>, 'value' | 'onChange' | 'type'> & { nilai: string, ganti: (iso: string) => void }) {
  const [teks, setTeks] = useState(() => tampilTanggal(nilai));
  const terakhir = useRef(nilai);
  // A value set from outside (a reset, a loaded record) replaces the text.
  useEffect(() => {
    if (nilai !== terakhir.current) {
      terakhir.current = nilai;
      setTeks(tampilTanggal(nilai));
    }
  }, [nilai]);
  const [salah, setSalah] = useState<string | null>(null);
  const idSalah = `${atribut.id ?? 'tanggal'}-format`;
  return (
    <>
      <input {...atribut} type="text" inputMode="text" autoComplete="off" placeholder={atribut.placeholder ?? 'hh/bb/tttt, mis. 17/05/2022'} value={teks}
        aria-describedby={[atribut['aria-describedby'], salah ? idSalah : undefined].filter(Boolean).join(' ') || undefined}
        aria-invalid={atribut['aria-invalid'] ?? (salah ? true : undefined)} onChange={(e) => {
        const t = e.target.value;
        setTeks(t);
        const h = parseTanggal(t);
        const v = t.trim() === '' ? '' : h.ok ? h.nilai : t;
        terakhir.current = v;
        if (h.ok || t.trim() === '') setSalah(null);
        ganti(v);
      }} onBlur={(e) => {
        const h = parseTanggal(teks);
        if (h.ok) {
          setTeks(formatTanggal(h.nilai));
          setSalah(null);
        } else if (teks.trim() !== '') setSalah('Tanggal belum dikenali: tulis seperti 17/05/2022 atau 17 Mei 2022.');
        atribut.onBlur?.(e);
      }} />
      {salah && (
        <small className="salah" id={idSalah}>
          {salah}
        </small>
      )}
    </>
  );
}

/**
 * A time of day as people write it (`07.30`, `7.30` or `07:30`): `nilai` and `ganti` carry the
 * API's `07:30` when the text is a time, else the text as typed, which the schema then refuses; the
 * hint says "contoh 07.30" and on leaving the field a recognised time is shown as `07.30`.
 */
export function IsianJam({ nilai, ganti, ...atribut }: Omit<ComponentProps<'input'>, 'value' | 'onChange' | 'type'> & { nilai: string, ganti: (jam: string) => void }) {
  const [teks, setTeks] = useState(() => tampilJam(nilai));
  const terakhir = useRef(nilai);
  useEffect(() => {
    if (nilai !== terakhir.current) {
      terakhir.current = nilai;
      setTeks(tampilJam(nilai));
    }
  }, [nilai]);
  const [salah, setSalah] = useState<string | null>(null);
  const idSalah = `${atribut.id ?? 'jam'}-format`;
  return (
    <>
      <input {...atribut} type="text" inputMode="decimal" autoComplete="off" value={teks}
        aria-describedby={[atribut['aria-describedby'], salah ? idSalah : undefined].filter(Boolean).join(' ') || undefined}
        aria-invalid={atribut['aria-invalid'] ?? (salah ? true : undefined)} onChange={(e) => {
        const t = e.target.value;
        setTeks(t);
        const j = bacaIsianJam(t);
        const v = t.trim() === '' ? '' : j ?? t;
        terakhir.current = v;
        if (j || t.trim() === '') setSalah(null);
        ganti(v);
      }} onBlur={(e) => {
        const j = bacaIsianJam(teks);
        if (j) {
          setTeks(tampilJam(j));
          setSalah(null);
        } else if (teks.trim() !== '') setSalah(`Jam belum dikenali: tulis jam dan menit, ${CONTOH_JAM}.`);
        atribut.onBlur?.(e);
      }} />
      {salah && (
        <small className="salah" id={idSalah}>
          {salah}
        </small>
      )}
    </>
  );
}

/**
 * A file picker in Indonesian: a "Pilih berkas" button and the chosen file's name (or "Belum ada
 * berkas dipilih"), over the native input (kept for keyboard, screen readers and tests, but never
 * showing the browser's own "Choose File / No file chosen").
 */
export function PilihBerkas({ id, berkas = null, ganti, accept, label, disabled, teksTombol = 'Pilih berkas', langsung, ...atribut }: {
  id?: string;
  /** The chosen file, shown beside the button; absent for a picker that sends at once (`langsung`). */
  berkas?: File | null;
  ganti: (f: File | null) => void;
  accept?: string;
  /** The input's accessible name when no <label> points to it. */
  label?: string;
  disabled?: boolean;
  teksTombol?: string;
  /** Sends the file as soon as it is chosen (no name shown; the input is emptied so the same file can be chosen again). */
  langsung?: boolean;
  'aria-invalid'?: true | undefined;
  'aria-describedby'?: string | undefined;
  'aria-required'?: true | undefined;
}) {
  const idCadangan = useId();
  const idInput = id ?? `berkas-${idCadangan}`;
  const ref = useRef<HTMLInputElement>(null);
  // A cleared choice (after a successful upload) clears the input too, so the same file can be chosen again.
  useEffect(() => {
    if (!berkas && ref.current) ref.current.value = '';
  }, [berkas]);
  return (
    <span className="pilih-berkas">
      <input ref={ref} id={idInput} type="file" className="sr" accept={accept} disabled={disabled} aria-label={label} {...atribut} onChange={(e) => {
        ganti(e.target.files?.[0] ?? null);
        if (langsung) e.target.value = '';
      }} />
      <span className="tombol sekunder" aria-hidden="true" onClick={() => ref.current?.click()} data-nonaktif={disabled || undefined}>
        {teksTombol}
      </span>
      {!langsung && (
        <span className="nama-berkas" aria-hidden="true">
          {berkas ? `${berkas.name} (${formatUkuran(berkas.size)})` : 'Belum ada berkas dipilih'}
        </span>
      )}
    </span>
  );
}

/**
 * A month (`YYYY-MM`) chosen from a list named in Indonesian ("Desember 2026"), `sebelum` months
 * before and `sesudah` after the value, instead of the browser's locale-dependent month picker.
 */
export function PilihBulan(
  { nilai, ganti, sebelum = 24, sesudah = 24, ...atribut }: Omit<ComponentProps<'select'>, 'value' | 'onChange'> & { nilai: string, ganti: (bulan: string) => void,
    sebelum?: number, sesudah?: number },
) {
  const dasar = /^\d{4}-(?:0[1-9]|1[0-2])$/.test(nilai) ? nilai : hariIniSetempat().slice(0, 7);
  const [t, b] = dasar.split('-').map(Number) as [number, number];
  const pilihan: { nilai: string, label: string }[] = [];
  for (let i = -sebelum; i <= sesudah; i++) {
    const n = t * 12 + (b - 1) + i;
    const tahun = Math.floor(n / 12);
    const bulan = (n % 12) + 1;
    pilihan.push({ nilai: `${tahun}-${String(bulan).padStart(2, '0')}`, label: `${NAMA_BULAN[bulan - 1]} ${tahun}` });
  }
  return (
    <select {...atribut} value={dasar} onChange={(e) => ganti(e.target.value)}>
      {pilihan.map((p) => (
        <option key={p.nilai} value={p.nilai}>
          {p.label}
        </option>
      ))}
    </select>
  );
}
