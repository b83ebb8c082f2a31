import { formatAngka, formatTanggal, LABEL_JENIS_KELAMIN, LABEL_JENJANG, LABEL_STATUS_PERKAWINAN, labelGolongan, labelPendidikan } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import type { KONTRAK_PEGAWAI } from '@simasn/kepegawaian/kontrak';
import { formatMasa, LABEL_KEDUDUKAN } from '../format.ts';
import { Rinci } from './Rinci.tsx';

type ProfilPegawai = ResponsTitik<typeof KONTRAK_PEGAWAI.ambil>;

const DISEMBUNYIKAN = 'disembunyikan (perlindungan data pribadi)';

function Sembunyi() {
  return <span className="tersembunyi">{DISEMBUNYIKAN}</span>;
}

/** The header card of a profile: who, rank, position, where, and the dates that matter. */
export function KartuProfil({ p }: { p: ProfilPegawai }) {
  const j = p.jabatan;
  const rincianJabatan = j ? (j.eselon ? `Eselon ${j.eselon}` : j.jenjang ? (LABEL_JENJANG as Record<string, string>)[j.jenjang] ?? j.jenjang : null) : null;
  return (
    <div className="kartu kartu-profil">
      <div className="identitas-utama">
        <div className="avatar" aria-hidden="true">
          {p.nama.split(/\s+/).slice(0, 2).map((k) => k[0]).join('').toUpperCase()}
        </div>
        <div>
          <h1 className="nama-profil">{p.namaLengkap}</h1>
          <p className="nip-profil">
            NIP <span className="nip">{p.nipTampil}</span>
          </p>
          {p.unit && p.unit.jalur.length > 0 && (
            <nav aria-label="Jalur unit kerja" className="jejak-unit">
              <ol>
                {p.unit.jalur.map((u) => <li key={u.id}>{u.nama}</li>)}
              </ol>
            </nav>
          )}
        </div>
      </div>
      <dl className="daftar-rinci">
        <Rinci label="Pangkat/golongan">
          {p.golongan ? labelGolongan(p.golongan.kode) : '–'}
          {p.golongan?.tmt && <small className="sub">TMT {formatTanggal(p.golongan.tmt)}</small>}
        </Rinci>
        <Rinci label="Jabatan">
          {j ? j.nama : '–'}
          {rincianJabatan && ` (${rincianJabatan})`}
          {j?.tmt && <small className="sub">TMT {formatTanggal(j.tmt)}</small>}
        </Rinci>
        <Rinci label="Status">
          {p.statusKepegawaian} · {LABEL_KEDUDUKAN[p.kedudukan] ?? p.kedudukan}
        </Rinci>
        <Rinci label="Masa kerja">{formatMasa(p.masaKerja)}</Rinci>
        <Rinci label="Usia">{formatAngka(p.usia)} tahun</Rinci>
        <Rinci label="Pendidikan terakhir">{labelPendidikan(p.pendidikanTerakhir)}</Rinci>
        <Rinci label="Batas usia pensiun">
          {p.pensiun ?
            (
              <>
                {formatAngka(p.pensiun.bup)} tahun ({formatTanggal(p.pensiun.tanggalBup)})
                <small className="sub">TMT pensiun {formatTanggal(p.pensiun.tmtPensiun)}</small>
              </>
            ) :
            ('–')}
        </Rinci>
      </dl>
    </div>
  );
}

export function DataPribadi({ p }: { p: ProfilPegawai }) {
  const ttl = [p.tempatLahir, formatTanggal(p.tanggalLahir)].filter(Boolean).join(', ');
  return (
    <section className="kartu" aria-labelledby="judul-data-pribadi">
      <h2 id="judul-data-pribadi">Data pribadi</h2>
      {!p.dataPribadiTerlihat && <p className="catatan-kecil">Sebagian data pribadi disembunyikan karena di luar kewenangan Anda (UU 27/2022 tentang Pelindungan Data Pribadi).</p>}
      <dl className="daftar-rinci">
        <Rinci label="NIK">{p.nik ?? '–'}{!p.dataPribadiTerlihat && p.nik && <small className="sub">{DISEMBUNYIKAN}</small>}</Rinci>
        <Rinci label="Tempat, tanggal lahir" data-testid="ttl">{ttl || '–'}</Rinci>
        <Rinci label="Jenis kelamin">{LABEL_JENIS_KELAMIN[p.jenisKelamin] ?? p.jenisKelamin}</Rinci>
        <Rinci label="Agama">{p.agama ?? '–'}</Rinci>
        <Rinci label="Status perkawinan">{p.statusPerkawinan ? (LABEL_STATUS_PERKAWINAN as Record<string, string>)[p.statusPerkawinan] ?? p.statusPerkawinan : '–'}</Rinci>
        <Rinci label="Alamat">{p.dataPribadiTerlihat ? p.alamat ?? '–' : <Sembunyi />}</Rinci>
        <Rinci label="Email">{p.dataPribadiTerlihat ? p.email ?? '–' : <Sembunyi />}</Rinci>
        <Rinci label="Telepon">{p.dataPribadiTerlihat ? p.telepon ?? '–' : <Sembunyi />}</Rinci>
      </dl>
    </section>
  );
}
