import { Link, useSearchParams } from 'react-router';
import { formatAngka, formatPersen, formatTanggal } from '@simasn/domain';
import { KONTRAK_KOMPETENSI } from '@simasn/kompetensi/kontrak';
import { useKueriApi } from '../kait.ts';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { Memuat, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { LABEL_KELOMPOK, LABEL_STATUS_ASESMEN, LABEL_SUMBER, teksDinilai, teksKategori, teksSelisih } from './kompetensi.ts';

/**
 * Profil Kompetensi: the standard of the person's jabatan, the level shown per competency (the
 * latest verified assessment or test), the gap, the JPM with the instansi's band, what to develop
 * first (the largest gaps, with the courses that develop them) and the assessments. The ASN's own
 * (/kompetensi/saya) or a pegawai in reach (/kompetensi/profil?nip=). Printable.
 */
export function ProfilKompetensi() {
  const [cari] = useSearchParams();
  const nip = cari.get('nip') || undefined;
  const q = useKueriApi(KONTRAK_KOMPETENSI.profil, { query: { nip } });
  const p = q.data;
  // The server sends the report's id only to whoever may open the person's archive (not an atasan nor pimpinan).
  const adaLaporan = !!p?.asesmen.some((a) => a.berkasId);
  const laporanTertutup = !!p?.asesmen.some((a) => a.sumber === 'assessment_center' && !a.berkasId);
  return (
    <section className="profil-kompetensi">
      <div className="judul-halaman">
        <h1>{nip ? 'Profil Kompetensi Pegawai' : 'Profil Kompetensi'}</h1>
        <div className="baris-tombol tanpa-cetak">
          {(nip || q.error) && <Link to="/kompetensi/jpm">{nip ? 'Kembali ke JPM pegawai' : 'Pilih pegawai dari daftar JPM'}</Link>}
          {p && <button type="button" className="tombol sekunder" onClick={() => window.print()}>Cetak</button>}
        </div>
      </div>
      {q.isPending && <Memuat />}
      <PesanGalat galat={q.error} />
      {p && (
        <>
          <p className="petunjuk" data-testid="profil-pegawai">
            <strong>{p.pegawai.nama}</strong> · NIP {p.pegawai.nip}
            <br />
            {p.pegawai.jabatan ?? 'Belum ada jabatan'}
            {p.pegawai.unit ? ` · ${p.pegawai.unit}` : ''}
          </p>
          <div className="kartu-angka">
            <KartuAngka label="Job Person Match (JPM)" idNilai="jpm-nilai" nilai={p.jpm ? formatPersen(p.jpm.nilai) : '-'}
              sub={p.jpm ? `${formatAngka(p.jpm.jumlahLevel)} dari ${formatAngka(p.jpm.jumlahStandar)} level standar` : null} />
            <KartuAngka label="Kategori" kecil idNilai="jpm-kategori" nilai={p.jpm ? p.jpm.kategori : p.adaStandar ? 'Belum lengkap dinilai' : 'Jabatan belum punya standar'}
              sub={teksKategori(p.aturan.kategori)} />
          </div>
          {!p.adaStandar && <p className="petunjuk">Standar kompetensi jabatan ini belum ditetapkan BKD, sehingga JPM belum dapat dihitung.</p>}
          {p.belumDinilai.length > 0 && <p className="petunjuk">Belum ada hasil asesmen terverifikasi untuk: {p.belumDinilai.join(', ')}.</p>}
          {p.rincian.length > 0 && (
            <Tabel keterangan={nip ? `Kompetensi jabatan dan level ${p.pegawai.nama}` : 'Kompetensi jabatan dan level Anda'} data-testid="tabel-kompetensi" baris={p.rincian}
              kunci={(r) => r.kode} kolom={[
              { judul: 'Kompetensi', kepalaBaris: true, isi: (r) => (
                <>
                  {r.nama}
                  <br />
                  <small>{LABEL_KELOMPOK[r.kelompok]} · dinilai {teksDinilai(r.tanggal, r.sumber)}</small>
                </>
              ) },
              { judul: 'Standar', kelas: 'angka', isi: (r) => formatAngka(r.standar) },
              { judul: 'Level', kelas: 'angka', isi: (r) => (r.level === null ? '-' : formatAngka(r.level)) },
              { judul: 'Kesenjangan', isi: (r) => teksSelisih(r.selisih) },
            ]} />
          )}
          <h2>Saran pengembangan</h2>
          {p.saran.length === 0
            ? (
              <p className="petunjuk" data-testid="saran-kosong">
                {p.jpm || p.rincian.some((r) => r.level !== null)
                  ? 'Tidak ada kesenjangan: semua kompetensi yang dinilai sudah memenuhi standar.'
                  : 'Saran muncul setelah ada hasil asesmen.'}
              </p>
            )
            : (
              <ol className="daftar-rincian" data-testid="saran">
                {p.saran.map((s) => (
                  <li key={s.kode}>
                    <strong>Kembangkan {s.nama} dari level {s.levelKini} ke level {s.levelTarget}.</strong>
                    <br />
                    {s.kursus.length
                      ? (
                        <span>
                          Kursus yang mengembangkannya: {s.kursus.map((k, i) => (
                            <span key={k.id}>
                              {i > 0 && ', '}
                              {k.alamat ? <Link to={k.alamat}>{k.judul}</Link> : k.judul}
                              {k.jp !== null ? ` (${formatAngka(k.jp)} JP)` : ''}
                            </span>
                          ))}
                        </span>
                      )
                      : <span>Belum ada kursus di SIMASN untuk kompetensi ini; ajukan diklat atau pelatihan yang sesuai kepada atasan dan BKD.</span>}
                  </li>
                ))}
              </ol>
            )}
          <h2>Riwayat asesmen</h2>
          {p.asesmen.length === 0 ?
            <p className="petunjuk">Belum ada hasil asesmen.</p> :
            (
              <Tabel keterangan="Riwayat asesmen kompetensi" baris={p.asesmen} kunci={(a) => a.id} kolom={[
                { judul: 'Tanggal', kepalaBaris: true, isi: (a) => formatTanggal(a.tanggal) },
                { judul: 'Sumber', isi: (a) => LABEL_SUMBER[a.sumber] },
                { judul: 'Lembaga / tes', isi: (a) => a.lembaga },
                { judul: 'Asesor', isi: (a) => a.asesor ?? '-' },
                { judul: 'Status', isi: (a) => LABEL_STATUS_ASESMEN[a.status] },
                adaLaporan &&
                { judul: 'Laporan', isi: (a) =>
                  a.berkasId ? <a href={`/api/pegawai/${p.pegawai.nip}/berkas/${a.berkasId}`} target="_blank" rel="noreferrer">Buka laporan</a> : '-' },
              ]} />
            )}
          {laporanTertutup && (
            <p className="petunjuk">
              Laporan lengkap asesor hanya dapat dibuka oleh pegawai yang bersangkutan, admin kepegawaian dan inspektorat; level, kesenjangan dan JPM di atas cukup untuk
              merencanakan pengembangan bersama.
            </p>
          )}
        </>
      )}
    </section>
  );
}
