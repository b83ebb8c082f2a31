import { formatAngka, formatTanggal, LABEL_JENIS_KELAMIN, LABEL_JENJANG, LABEL_STATUS_PERKAWINAN, labelGolongan, labelPendidikan } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import type { KONTRAK_PEGAWAI } from '@simasn/kepegawaian/kontrak';
import { formatMasa, LABEL_KEDUDUKAN } from '../format.ts';

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
        <div>
          <dt>Pangkat/golongan</dt>
          <dd>
            {p.golongan ? labelGolongan(p.golongan.kode) : '–'}
            {p.golongan?.tmt && <small className="sub">TMT {formatTanggal(p.golongan.tmt)}</small>}
          </dd>
        </div>
        <div>
          <dt>Jabatan</dt>
          <dd>
            {j ? j.nama : '–'}
            {rincianJabatan && ` (${rincianJabatan})`}
            {j?.tmt && <small className="sub">TMT {formatTanggal(j.tmt)}</small>}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            {p.statusKepegawaian} · {LABEL_KEDUDUKAN[p.kedudukan] ?? p.kedudukan}
          </dd>
        </div>
        <div>
          <dt>Masa kerja</dt>
          <dd>{formatMasa(p.masaKerja)}</dd>
        </div>
        <div>
          <dt>Usia</dt>
          <dd>{formatAngka(p.usia)} tahun</dd>
        </div>
        <div>
          <dt>Pendidikan terakhir</dt>
          <dd>{labelPendidikan(p.pendidikanTerakhir)}</dd>
        </div>
        <div>
          <dt>Batas usia pensiun</dt>
          <dd>
            {p.pensiun ?
              (
                <>
                  {formatAngka(p.pensiun.bup)} tahun ({formatTanggal(p.pensiun.tanggalBup)})
                  <small className="sub">TMT pensiun {formatTanggal(p.pensiun.tmtPensiun)}</small>
                </>
              ) :
              ('–')}
          </dd>
        </div>
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
        <div>
          <dt>NIK</dt>
          <dd>{p.nik ?? '–'}{!p.dataPribadiTerlihat && p.nik && <small className="sub">{DISEMBUNYIKAN}</small>}</dd>
        </div>
        <div>
          <dt>Tempat, tanggal lahir</dt>
          <dd data-testid="ttl">{ttl || '–'}</dd>
        </div>
        <div>
          <dt>Jenis kelamin</dt>
          <dd>{LABEL_JENIS_KELAMIN[p.jenisKelamin] ?? p.jenisKelamin}</dd>
        </div>
        <div>
          <dt>Agama</dt>
          <dd>{p.agama ?? '–'}</dd>
        </div>
        <div>
          <dt>Status perkawinan</dt>
          <dd>{p.statusPerkawinan ? (LABEL_STATUS_PERKAWINAN as Record<string, string>)[p.statusPerkawinan] ?? p.statusPerkawinan : '–'}</dd>
        </div>
        <div>
          <dt>Alamat</dt>
          <dd>{p.dataPribadiTerlihat ? p.alamat ?? '–' : <Sembunyi />}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{p.dataPribadiTerlihat ? p.email ?? '–' : <Sembunyi />}</dd>
        </div>
        <div>
          <dt>Telepon</dt>
          <dd>{p.dataPribadiTerlihat ? p.telepon ?? '–' : <Sembunyi />}</dd>
        </div>
      </dl>
    </section>
  );
}
