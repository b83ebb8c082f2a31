import { formatAngka } from '@simasn/domain';
import type { BarisRekap } from '@simasn/kepegawaian/kontrak';

/** A column heading that shortens on phones (the full text stays for screen readers). */
function Judul({ panjang, pendek }: { panjang: string, pendek: string }) {
  return (
    <>
      <span className="teks-panjang">{panjang}</span>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an abbr is not focusable (no tabindex, not interactive); screen readers read the full text beside it */}
      <abbr className="teks-pendek" title={panjang} aria-hidden="true">
        {pendek}
      </abbr>
    </>
  );
}

/**
 * A "Data Umum Organisasi" table as in the LKjIP reports: No, Klasifikasi, Laki-laki,
 * Perempuan, Jumlah, and a Total row that is the sum of the rows shown.
 */
export function TabelRekap({ judul, baris, label }: { judul: string, baris: BarisRekap[], label: (kunci: string) => string }) {
  const total = baris.reduce((s, b) => ({ l: s.l + b.l, p: s.p + b.p, jumlah: s.jumlah + b.jumlah }), { l: 0, p: 0, jumlah: 0 });
  const id = `rekap-${judul.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <div className="gulir-tabel">
      <table className="tabel tabel-rekap" aria-labelledby={id} data-rekap={judul}>
        <caption id={id}>{judul}</caption>
        <thead>
          <tr>
            <th scope="col" className="angka">No</th>
            <th scope="col">Klasifikasi</th>
            <th scope="col" className="angka">
              <Judul panjang="Laki-laki" pendek="L" />
            </th>
            <th scope="col" className="angka">
              <Judul panjang="Perempuan" pendek="P" />
            </th>
            <th scope="col" className="angka">
              <Judul panjang="Jumlah" pendek="Jml" />
            </th>
          </tr>
        </thead>
        <tbody>
          {baris.map((b, i) => (
            <tr key={b.kunci}>
              <td className="angka">{formatAngka(i + 1)}</td>
              <td>{label(b.kunci)}</td>
              <td className="angka">{formatAngka(b.l)}</td>
              <td className="angka">{formatAngka(b.p)}</td>
              <td className="angka">{formatAngka(b.jumlah)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row">Total</th>
            <td className="angka">{formatAngka(total.l)}</td>
            <td className="angka">{formatAngka(total.p)}</td>
            <td className="angka">{formatAngka(total.jumlah)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
