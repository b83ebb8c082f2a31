import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka } from '@simasn/domain';
import { LABEL_PERAN, PERAN, type Peran } from '@simasn/kontrak/akses';
import { KONTRAK_AKUN, LABEL_STATUS_AKUN, STATUS_AKUN, type Akun, type InputBuatAkun } from '@simasn/akun/kontrak';
import { GalatApi, kunciJalur, panggil, periksaIsian } from '../api.ts';
import { formatWaktu } from '../format.ts';
import { useDaftarBerhalaman, useHalamanApi, useKirim } from '../kait.ts';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { DialogKonfirmasi } from '../komponen/DialogKonfirmasi.tsx';
import { PilihSaring } from '../komponen/PilihSaring.tsx';
import { PilihUnit, useDaftarUnit } from '../komponen/PilihUnit.tsx';
import { PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { TombolSimpan } from '../komponen/TombolSimpan.tsx';
import { useSesi } from '../sesi.tsx';
import { Formulir, IsianForm, salahIsian } from '../komponen/Formulir.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/akun/kontrak');

const BATAS = 20;

/** What an admin is about to do to one account (each asks first, in a dialog). */
type Tindakan = { jenis: 'reset' | 'nonaktifkan' | 'aktifkan' | 'bukaTahanan', akun: Akun } | { jenis: 'peran', akun: Akun };

/**
 * Kelola Akun (admin BKD): search and filter the accounts, create one, and for each: change its
 * roles and unit, reset a forgotten password (a temporary one, shown once), deactivate or
 * reactivate it, clear its failed-login holds.
 */
export function KelolaAkun() {
  const { filter, halaman, ubah, ketik, setKetik } = useDaftarBerhalaman(['q', 'peran', 'unitId', 'status'], BATAS, 'q');
  const [formTerbuka, setFormTerbuka] = useState(false);
  const [pesan, setPesan] = useState<string | null>(null);
  const [tindakan, setTindakan] = useState<Tindakan | null>(null);
  const [sandiSementara, setSandiSementara] = useState<{ namaPengguna: string, sandiSementara: string } | null>(null);
  const { sesi } = useSesi();
  const daftar = useHalamanApi(KONTRAK_AKUN.daftar, {
    query: { q: filter.q, page: halaman, limit: BATAS, peran: (filter.peran || undefined) as Peran | undefined, unitId: filter.unitId ? Number(filter.unitId) : undefined,
      status: (filter.status || undefined) as (typeof STATUS_AKUN)[number] | undefined },
  });
  const mulai = (t: Tindakan) => {
    setPesan(null);
    setSandiSementara(null);
    setFormTerbuka(false);
    setTindakan(t);
  };

  return (
    <section>
      <div className="judul-halaman">
        <h1>Akun Pengguna</h1>
        {!formTerbuka && (
          <button type="button" className="tombol utama" onClick={() => {
            setPesan(null);
            setTindakan(null);
            setFormTerbuka(true);
          }}>
            Buat akun
          </button>
        )}
      </div>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      {sandiSementara && (
        <div className="kartu sandi-sementara" role="status" aria-label="Kata sandi sementara">
          <p>
            Kata sandi sementara untuk <strong>{sandiSementara.namaPengguna}</strong>:
          </p>
          <p className="nilai-sandi">
            <code>{sandiSementara.sandiSementara}</code>
          </p>
          <p className="petunjuk">
            Sampaikan langsung kepada pemilik akun (jangan lewat grup obrolan). Kata sandi ini hanya ditampilkan sekali ini dan wajib diganti saat pemiliknya masuk.
          </p>
          <button type="button" className="tombol sekunder" onClick={() => setSandiSementara(null)}>
            Sudah disampaikan, tutup
          </button>
        </div>
      )}
      {formTerbuka && (
        <FormAkun selesai={(m) => {
          setFormTerbuka(false);
          setPesan(m);
        }} batal={() => setFormTerbuka(false)} />
      )}
      {tindakan?.jenis === 'peran' && (
        <FormPeran key={tindakan.akun.id} akun={tindakan.akun} selesai={(m) => {
          setTindakan(null);
          setPesan(m);
        }} batal={() => setTindakan(null)} />
      )}
      {tindakan && tindakan.jenis !== 'peran' && (
        <KonfirmasiTindakan tindakan={tindakan} batal={() => setTindakan(null)} selesai={(m, sandi) => {
          setTindakan(null);
          setPesan(m);
          if (sandi) setSandiSementara(sandi);
        }} />
      )}
      <div className="kartu saringan">
        <div className="isian isian-lebar">
          <label htmlFor="cari-akun">Cari nama pengguna atau nama</label>
          <input id="cari-akun" type="search" value={ketik} onChange={(e) => setKetik(e.target.value)} />
        </div>
        <PilihSaring id="saring-peran" label="Peran" semua="Semua peran" nilai={filter.peran} ganti={(v) => ubah({ peran: v })}
          pilihan={PERAN.map((p) => [p, LABEL_PERAN[p]] as const)} />
        <div className="isian">
          <label htmlFor="saring-unit">Unit</label>
          <PilihUnit id="saring-unit" nilai={filter.unitId} ganti={(v) => ubah({ unitId: v })} labelKosong="Semua unit" />
        </div>
        <PilihSaring id="saring-status" label="Status" semua="Semua status" nilai={filter.status} ganti={(v) => ubah({ status: v })}
          pilihan={STATUS_AKUN.map((s) => [s, LABEL_STATUS_AKUN[s]] as const)} />
      </div>
      <DaftarBerhalaman kueri={daftar} halaman={halaman} batas={BATAS} ganti={(h) => ubah({}, h)} kosong="Tidak ada akun yang cocok."
        ringkasan={(total) => <p className="ringkasan-hasil">{formatAngka(total)} akun</p>}
      >
        {(items) => (
          <Tabel baris={items} kunci={(a) => a.id} kolom={[
            { judul: 'Nama pengguna', kelas: 'nowrap', isi: (a) => <code>{a.namaPengguna}</code> },
            { judul: 'Nama tampilan', isi: (a) => a.namaTampilan },
            { judul: 'Peran', isi: (a) => (
              <div className="lencana-akun">
                {a.peran.map((p) => (
                  <span key={`${p.peran}:${p.unit ?? ''}`} className="lencana lencana-netral">
                    {LABEL_PERAN[p.peran]}
                    {p.unit ? ` · ${p.unit}` : ''}
                  </span>
                ))}
              </div>
            ) },
            { judul: 'Status', isi: (a) => (
              <div className="lencana-akun">
                {a.aktif ? <span className="lencana lencana-disetujui">Aktif</span> : <span className="lencana lencana-dibatalkan">Nonaktif</span>}
                {a.harusGantiSandi && <span className="lencana lencana-netral">Wajib ganti kata sandi</span>}
                {a.gagalMasuk > 0 && <span className="lencana lencana-ditolak">{formatAngka(a.gagalMasuk)} kali gagal masuk (24 jam)</span>}
              </div>
            ) },
            { judul: 'Masuk terakhir', isi: (a) => (a.masukTerakhir ? formatWaktu(a.masukTerakhir) : 'Belum pernah') },
            { judul: 'Tindakan', isi: (a) => (
              <div className="tindakan-akun">
                <button type="button" className="tombol sekunder kecil" aria-label={`Ubah peran ${a.namaPengguna}`} onClick={() => mulai({ jenis: 'peran', akun: a })}>
                  Ubah peran
                </button>
                <button type="button" className="tombol sekunder kecil" aria-label={`Atur ulang kata sandi ${a.namaPengguna}`} onClick={() => mulai({ jenis: 'reset', akun: a })}>
                  Atur ulang sandi
                </button>
                {a.aktif ?
                  (
                    <button type="button" className="tombol sekunder kecil" aria-label={`Nonaktifkan ${a.namaPengguna}`} disabled={a.namaPengguna === sesi?.pengguna.namaPengguna}
                      title={a.namaPengguna === sesi?.pengguna.namaPengguna ? 'Akun Anda sendiri tidak dapat dinonaktifkan' : undefined}
                      onClick={() => mulai({ jenis: 'nonaktifkan', akun: a })}
                    >
                      Nonaktifkan
                    </button>
                  ) :
                  (
                    <button type="button" className="tombol sekunder kecil" aria-label={`Aktifkan ${a.namaPengguna}`} onClick={() => mulai({ jenis: 'aktifkan', akun: a })}>
                      Aktifkan
                    </button>
                  )}
                {a.gagalMasuk > 0 && (
                  <button type="button" className="tombol sekunder kecil" aria-label={`Hapus tahanan masuk ${a.namaPengguna}`} onClick={() =>
                    mulai({ jenis: 'bukaTahanan', akun: a })}
                  >
                    Hapus tahanan
                  </button>
                )}
              </div>
            ) },
          ]} />
        )}
      </DaftarBerhalaman>
    </section>
  );
}

/** The confirmation of one account action, with what it will do, then the call. */
function KonfirmasiTindakan(
  { tindakan, batal, selesai }: { tindakan: Exclude<Tindakan, { jenis: 'peran' }>, batal: () => void,
    selesai: (pesan: string, sandi?: { namaPengguna: string, sandiSementara: string }) => void },
) {
  const qc = useQueryClient();
  const { galat, mengirim, jalankan } = useKirim();
  const [alasan, setAlasan] = useState('');
  const { akun } = tindakan;
  const params = { id: akun.id };
  const nama = (
    <strong>
      {akun.namaTampilan} ({akun.namaPengguna})
    </strong>
  );
  const jalan = (aksi: () => Promise<string | { namaPengguna: string, sandiSementara: string }>) =>
    jalankan(async () => {
      const h = await aksi();
      await qc.invalidateQueries({ queryKey: kunciJalur('akun') });
      if (typeof h === 'string') selesai(h);
      else selesai(`Kata sandi ${h.namaPengguna} diatur ulang; sesinya diakhiri.`, h);
    });

  if (tindakan.jenis === 'reset') {
    return (
      <DialogKonfirmasi judul="Atur ulang kata sandi?" tombol="Atur ulang kata sandi" mengirim={mengirim} galat={galat} batal={batal} ya={() =>
        jalan(() => panggil(KONTRAK_AKUN.resetSandi, { params }))}
      >
        <p>Kata sandi {nama} diganti dengan kata sandi sementara yang hanya ditampilkan sekali. Semua sesinya diakhiri, dan ia wajib mengganti kata sandi saat masuk.</p>
      </DialogKonfirmasi>
    );
  }
  if (tindakan.jenis === 'nonaktifkan') {
    return (
      <DialogKonfirmasi judul="Nonaktifkan akun?" tombol="Nonaktifkan akun" bahaya mengirim={mengirim} galat={galat} batal={batal} ya={() =>
        jalan(() => panggil(KONTRAK_AKUN.nonaktifkan, { params, body: alasan.trim() ? { alasan: alasan.trim() } : {} }).then(() => `Akun ${akun.namaPengguna} dinonaktifkan.`))}
      >
        <p>{nama} tidak dapat masuk lagi dan semua sesinya segera diakhiri. Akun dapat diaktifkan kembali kapan saja.</p>
        <IsianForm id="alasan-nonaktif" label="Alasan (tidak wajib)" galat={galat} nama="alasan">
          {(a) => <input {...a} value={alasan} maxLength={300} onChange={(e) => setAlasan(e.target.value)} />}
        </IsianForm>
      </DialogKonfirmasi>
    );
  }
  if (tindakan.jenis === 'aktifkan') {
    return (
      <DialogKonfirmasi judul="Aktifkan kembali akun?" tombol="Aktifkan akun" mengirim={mengirim} galat={galat} batal={batal} ya={() =>
        jalan(() => panggil(KONTRAK_AKUN.aktifkan, { params }).then(() => `Akun ${akun.namaPengguna} diaktifkan kembali.`))}
      >
        <p>{nama} dapat masuk lagi dengan kata sandinya yang lama. Bila pemiliknya lupa, atur ulang kata sandinya setelah ini.</p>
      </DialogKonfirmasi>
    );
  }
  return (
    <DialogKonfirmasi judul="Hapus tahanan masuk?" tombol="Hapus tahanan" mengirim={mengirim} galat={galat} batal={batal}
      ya={() => jalan(() => panggil(KONTRAK_AKUN.bukaTahanan, { params }).then(() => `Tahanan masuk ${akun.namaPengguna} dihapus.`))}
    >
      <p>
        {formatAngka(akun.gagalMasuk)} percobaan masuk gagal ke {nama}{' '}
        dalam 24 jam terakhir dihapus, dan masa tunggunya berakhir di semua alamat. Lakukan ini setelah memastikan pemiliknya sendiri yang gagal masuk.
      </p>
    </DialogKonfirmasi>
  );
}

/** Pick roles; an admin OPD also its perangkat daerah. Shared by the create and the change form. */
function PilihPeran(
  { awalan, peran, setPeran, unitKode, setUnitKode, galat }: { awalan: string, peran: Peran[], setPeran: (f: (s: Peran[]) => Peran[]) => void, unitKode: string,
    setUnitKode: (s: string) => void, galat: unknown },
) {
  const unit = useDaftarUnit();
  // "peran" itself (none chosen) is shown by the fieldset; a role's unit ("peran.0.unitKode") by the unit field.
  const salahPeran = galat instanceof GalatApi ? galat.masalah.filter((m) => m.kolom === 'peran' || /^peran\.\d+(\.peran)?$/.test(m.kolom)).map((m) => m.pesan) : [];
  return (
    <>
      <fieldset className="kelompok" aria-invalid={salahPeran.length ? true : undefined} aria-describedby={salahPeran.length ? `${awalan}-peran-salah` : undefined}>
        <legend>Peran</legend>
        {salahPeran.length > 0 && (
          <small className="salah" id={`${awalan}-peran-salah`}>
            {salahPeran.join(' ')}
          </small>
        )}
        <div className="pilihan-peran">
          {PERAN.map((p) => (
            <label key={p} htmlFor={`${awalan}-peran-${p}`}>
              <input id={`${awalan}-peran-${p}`} type="checkbox" checked={peran.includes(p)}
                onChange={(e) => setPeran((s) => (e.target.checked ? [...s, p] : s.filter((x) => x !== p)))} />{' '}
              {LABEL_PERAN[p]}
            </label>
          ))}
        </div>
      </fieldset>
      {peran.includes('admin_opd') && (
        <IsianForm id={`${awalan}-unit`} label="Perangkat daerah (untuk Admin OPD)" wajib galat={galat} nama={['unitKode', 'unitId']}>
          {(a) => <PilihUnit {...a} nilai={unitKode} ganti={setUnitKode} labelKosong="Pilih perangkat daerah…" wajib nilaiKode hanyaPerangkatDaerah unit={unit.data ?? []} />}
        </IsianForm>
      )}
    </>
  );
}

const susunPeran = (peran: Peran[], unitKode: string) => peran.map((p) => (p === 'admin_opd' ? { peran: p, unitKode } : { peran: p }));

function FormPeran({ akun, selesai, batal }: { akun: Akun, selesai: (pesan: string) => void, batal: () => void }) {
  const qc = useQueryClient();
  const [peran, setPeran] = useState<Peran[]>(akun.peran.map((p) => p.peran));
  const [unitKode, setUnitKode] = useState(akun.peran.find((p) => p.peran === 'admin_opd')?.unitKode ?? '');
  const [yakin, setYakin] = useState(false);
  const { galat, setGalat, mengirim, jalankan } = useKirim();
  const body = { peran: susunPeran(peran, unitKode) };

  async function periksa(e: FormEvent) {
    e.preventDefault();
    setGalat(null);
    try {
      const { skemaUbahPeranAkun } = await muatSkema();
      periksaIsian(skemaUbahPeranAkun, body, 'Isian peran belum benar.');
      if (peran.includes('admin_opd') && !unitKode) {
        throw salahIsian('unitKode', 'pilih perangkat daerah untuk Admin OPD', 'Admin OPD memerlukan perangkat daerah.');
      }
    } catch (err) {
      return setGalat(err);
    }
    setYakin(true);
  }

  return (
    <Formulir className="kartu form-panel" onSubmit={periksa} aria-label={`Ubah peran ${akun.namaPengguna}`}>
      <h2>
        Ubah peran <code>{akun.namaPengguna}</code>
      </h2>
      <PesanGalat galat={yakin ? null : galat} />
      <PilihPeran awalan="ubah" peran={peran} setPeran={setPeran} unitKode={unitKode} setUnitKode={setUnitKode} galat={yakin ? null : galat} />
      <TombolSimpan teks="Simpan peran" mengirim={mengirim} batal={batal} />
      {yakin && (
        <DialogKonfirmasi judul="Simpan perubahan peran?" tombol="Simpan peran" mengirim={mengirim} galat={galat} batal={() => setYakin(false)} ya={() =>
          jalankan(async () => {
            await panggil(KONTRAK_AKUN.ubahPeran, { params: { id: akun.id }, body });
            await qc.invalidateQueries({ queryKey: kunciJalur('akun') });
            selesai(`Peran ${akun.namaPengguna} diperbarui.`);
          })}
        >
          <p>
            <strong>{akun.namaPengguna}</strong> akan berperan sebagai{' '}
            {peran.map((p) => LABEL_PERAN[p]).join(', ')}. Perubahan berlaku seketika, juga pada sesinya yang sedang terbuka.
          </p>
        </DialogKonfirmasi>
      )}
    </Formulir>
  );
}

function FormAkun({ selesai, batal }: { selesai: (pesan: string) => void, batal: () => void }) {
  const qc = useQueryClient();
  const [namaPengguna, setNamaPengguna] = useState('');
  const [namaTampilan, setNamaTampilan] = useState('');
  const [sandi, setSandi] = useState('');
  const [peran, setPeran] = useState<Peran[]>([]);
  const [unitKode, setUnitKode] = useState('');
  const { galat, setGalat, mengirim, jalankan } = useKirim();

  async function kirim(e: FormEvent) {
    e.preventDefault();
    setGalat(null);
    const body: InputBuatAkun = { namaPengguna: namaPengguna.trim(), ...(namaTampilan.trim() ? { namaTampilan: namaTampilan.trim() } : {}), sandi,
      peran: susunPeran(peran, unitKode) };
    try {
      // The endpoint's own rules (at least one role...), before anything is sent.
      const { skemaBuatAkun } = await muatSkema();
      periksaIsian(skemaBuatAkun, body, 'Isian akun belum benar.');
    } catch (err) {
      return setGalat(err);
    }
    const { periksaSandiBaru } = await muatSkema();
    const alasan = periksaSandiBaru(sandi, { namaPengguna: body.namaPengguna, namaTampilan: body.namaTampilan });
    if (alasan) return setGalat(salahIsian('sandi', alasan, 'Kata sandi belum memenuhi syarat.'));
    if (peran.includes('admin_opd') && !unitKode) return setGalat(salahIsian('unitKode', 'pilih perangkat daerah untuk Admin OPD', 'Admin OPD memerlukan perangkat daerah.'));
    await jalankan(async () => {
      const h = await panggil(KONTRAK_AKUN.buat, { body });
      await qc.invalidateQueries({ queryKey: kunciJalur('akun') });
      selesai(`Akun ${h.namaPengguna} dibuat. Pemiliknya wajib mengganti kata sandi awal saat pertama masuk.`);
    });
  }

  return (
    <Formulir className="kartu form-panel" onSubmit={kirim} aria-label="Buat akun">
      <h2>Buat akun</h2>
      <PesanGalat galat={galat} />
      <div className="kisi-isian">
        <IsianForm id="akun-nama" label="Nama pengguna (NIP untuk ASN)" wajib galat={galat} nama="namaPengguna">
          {(a) => <input {...a} autoCapitalize="none" value={namaPengguna} onChange={(e) => setNamaPengguna(e.target.value)} />}
        </IsianForm>
        <IsianForm id="akun-tampilan" label="Nama tampilan" galat={galat} nama="namaTampilan">
          {(a) => <input {...a} value={namaTampilan} onChange={(e) => setNamaTampilan(e.target.value)} />}
        </IsianForm>
        <IsianForm id="akun-sandi" label="Kata sandi awal" wajib galat={galat} nama="sandi" petunjuk="Wajib diganti pemiliknya saat pertama masuk.">
          {(a) => <input {...a} type="password" autoComplete="new-password" value={sandi} onChange={(e) => setSandi(e.target.value)} />}
        </IsianForm>
      </div>
      <PilihPeran awalan="akun" peran={peran} setPeran={setPeran} unitKode={unitKode} setUnitKode={setUnitKode} galat={galat} />
      <TombolSimpan teks="Buat akun" mengirim={mengirim} batal={batal} />
    </Formulir>
  );
}
