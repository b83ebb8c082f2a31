import { sql } from '@simasn/db';
import { singkatanZona, waktuSetempat } from '@simasn/domain';
import { catatAudit, denganDb, lingkup, syaratLingkup, terlarang, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { cekGeofence, nilaiScan } from '../aturan.ts';
import { ATURAN_SINYAL, bulatKoordinat } from './aturan-sinyal.ts';
import { type HasilPresensi, type JenisSinyal, LABEL_SINYAL, skemaCatatPresensi } from './catat.types.ts';
import { periksaSinyal } from './periksa-sinyal.ts';
import { susunHasil } from './susun-hasil.ts';
import { jadwalPegawaiHari, titikPenugasanPegawai } from './sumber-luar.ts';

export { skemaCatatPresensi };

interface BarisTitik {
  id: number;
  nama: string;
  lat: number;
  lon: number;
  radiusMeter: number;
  jenis?: string;
}

/** A check-in already recorded under this key: its stored answer (the id comes from the row). */
async function hasilTersimpan(ctx: Konteks, pegawaiId: number, kunci: string): Promise<HasilPresensi | null> {
  const r = await ctx.db.maybeOne<{ id: number, hasil: Omit<HasilPresensi, 'id'> }>(sql`
    select id, hasil from presensi where instansi_id = ${ctx.instansiId} and pegawai_id = ${pegawaiId} and kunci = ${kunci}`);
  return r ? { ...r.hasil, id: Number(r.id) } : null;
}

/**
 * The caller's own check-in or check-out from the phone (POST /api/presensi). The server decides:
 * the time is its clock (an offline check-in keeps the device's time, recorded as such, and goes to
 * review when the gap is implausible); the place is checked by haversine against the points of the
 * employee's unit and the units above it, or a temporary point of an approved assignment. The
 * answer (on time, TL/PSW with minutes, outside the radius with the distance) is stored with the
 * record: a repeated tap or a resend with the same `kunci` returns it and writes nothing.
 * Fraud signals are computed here and queued for review; they change nothing by themselves.
 */
export async function catatPresensi(ctx: Konteks, masukan: unknown, opsi: { sumber?: 'ponsel' } = {}): Promise<HasilPresensi> {
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'presensi:catat');
  if (p.pegawaiId === null) throw terlarang('Akun ini tidak terhubung dengan data pegawai, jadi tidak dapat melakukan presensi.');
  const pegawaiId = p.pegawaiId;
  const f = uraikan(skemaCatatPresensi, masukan, 'Data presensi belum benar.');
  const ada = await hasilTersimpan(ctx, pegawaiId, f.kunci);
  if (ada) return ada;

  const pg = await ctx.db.maybeOne<{ id: number, nip: string, unit_id: number | null, jalur_unit: string | null }>(sql`
    select p.id, p.nip, p.unit_id, p.jalur_unit from pegawai p where p.instansi_id = ${ctx.instansiId} and p.id = ${pegawaiId} and ${syaratLingkup(l, 'p')}`);
  if (!pg) throw terlarang('Data pegawai Anda tidak ditemukan.');

  const terima = ctx.sekarang();
  const perangkatWaktu = f.waktuPerangkat ? new Date(f.waktuPerangkat) : null;
  let waktu = terima;
  let selisihTidakWajar = false;
  let selisihMenit: number | null = null;
  if (f.luring && perangkatWaktu) {
    selisihMenit = Math.round((terima.getTime() - perangkatWaktu.getTime()) / 60_000);
    selisihTidakWajar = selisihMenit < -ATURAN_SINYAL.luringMajuMaksMenit || selisihMenit > ATURAN_SINYAL.luringSelisihMaksJam * 60;
    // A device clock ahead of the server never moves a check-in into the future.
    waktu = perangkatWaktu.getTime() > terima.getTime() ? terima : perangkatWaktu;
  }
  const setempat = waktuSetempat(waktu, ctx.zona);
  const tanggal = setempat.tanggal;
  const jam = `${String(setempat.jam).padStart(2, '0')}:${String(setempat.menit).padStart(2, '0')}`;
  const lat = bulatKoordinat(f.lat);
  const lon = bulatKoordinat(f.lon);

  // The points of the employee's unit and of every unit above it, then any assignment point.
  const kantor = pg.jalur_unit
    ? await ctx.db.many<BarisTitik>(sql`
        select t.id, t.nama, t.lat, t.lon, t.radius_meter as "radiusMeter" from titik_presensi t
          join unit_organisasi u on u.instansi_id = t.instansi_id and u.id = t.unit_id
         where t.instansi_id = ${ctx.instansiId} and t.aktif and ${pg.jalur_unit}::text like u.jalur || '%'`)
    : [];
  const penugasan = (await titikPenugasanPegawai(ctx, pegawaiId, tanggal)).map((t, i) => ({ id: -1 - i, nama: t.jenis, lat: t.lat, lon: t.lon, radiusMeter: t.radiusMeter,
    jenis: t.jenis })
  );
  const g = cekGeofence({ lat, lon }, [...kantor, ...penugasan].map((t) => ({ lat: Number(t.lat), lon: Number(t.lon), radiusMeter: t.radiusMeter, nama: t.nama, baris: t })));
  const { jadwal, aturan } = await jadwalPegawaiHari(ctx, pegawaiId, tanggal);
  // A check-out is judged with the day's first counted check-in (make-up time for a short lateness).
  const masukHariIni = f.jenis === 'pulang' && g.diDalam && jadwal.hariKerja
    ? (await ctx.db.maybeOne<{ jam: string }>(sql`
        select hasil->>'jam' as jam from presensi where instansi_id = ${ctx.instansiId} and pegawai_id = ${pegawaiId} and tanggal = ${tanggal}
           and jenis = 'masuk' and di_dalam order by waktu limit 1`))?.jam.replace('.', ':') ?? null
    : null;
  const nilai = g.diDalam && jadwal.hariKerja ? nilaiScan(aturan, jadwal, f.jenis, jam, masukHariIni) : null;

  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    // Devices: the first one binds itself; another is recorded, flagged, and may be requested.
    const perangkat = await tx.many<{ id: number, sidik: string, status: string }>(sql`
      select id, sidik, status from perangkat_presensi where instansi_id = ${ctx.instansiId} and pegawai_id = ${pegawaiId}`);
    let perangkatId: number | null = null;
    const aktif = perangkat.find((d) => d.status === 'aktif');
    if (!perangkat.length) {
      const baru = await tx.maybeOne<{ id: number }>(sql`
        insert into perangkat_presensi (instansi_id, pegawai_id, sidik, keterangan, status, diminta_pada, diputuskan_pada, catatan)
        values (${ctx.instansiId}, ${pegawaiId}, ${f.perangkat}, ${f.keteranganPerangkat ?? null}, 'aktif', ${terima}, ${terima}, 'terikat otomatis pada presensi pertama')
        on conflict do nothing returning id`);
      perangkatId = baru ? Number(baru.id) : null;
      if (perangkatId) {
        await catatAudit(c, { aksi: 'presensi.perangkat_ikat', entitas: 'perangkat_presensi', entitasId: perangkatId, pegawaiId,
          sesudah: { status: 'aktif', keterangan: f.keteranganPerangkat ?? null }, keterangan: 'perangkat pertama terikat otomatis' });
      }
    } else if (aktif?.sidik === f.perangkat) perangkatId = Number(aktif.id);
    const perangkatTerikat = perangkatId !== null;

    const sinyal = await periksaSinyal(c, { pegawaiId, lat, lon, waktu, akurasi: f.akurasi ?? null, lokasiPalsu: f.lokasiPalsu ?? null, perangkatTerikat, sidik: f.perangkat,
      keteranganPerangkat: f.keteranganPerangkat ?? null, luring: f.luring, selisihTidakWajar, selisihMenit, waktuPerangkat: perangkatWaktu, terima });
    const titik = g.titikTerdekat?.baris ?? null;
    const hasil = susunHasil({ jenis: f.jenis, tanggal, waktu, jam, zona: singkatanZona(ctx.zona), luring: f.luring, diDalam: g.diDalam, jarakMeter: g.jarakMeter, titik, jadwal,
      nilai, sinyal: sinyal.map((s) => LABEL_SINYAL[s.jenis]), perangkatTerikat, selisihMenit: f.luring && perangkatWaktu ? selisihMenit : null, selisihTidakWajar });

    const r = await tx.maybeOne<{ id: number }>(sql`
      insert into presensi (instansi_id, pegawai_id, tanggal, jenis, sumber, luring, waktu, waktu_terima, waktu_perangkat, lat, lon, akurasi_meter, lokasi_palsu,
                            perangkat_id, titik_id, titik_penugasan, di_dalam, jarak_meter, perlu_tinjau, kunci, hasil, dicatat_oleh)
      values (${ctx.instansiId}, ${pegawaiId}, ${tanggal}, ${f.jenis}, ${opsi.sumber ?? 'ponsel'}, ${f.luring}, ${waktu}, ${terima}, ${perangkatWaktu}, ${lat}, ${lon},
              ${f.akurasi ?? null}, ${f.lokasiPalsu ?? null}, ${perangkatId}, ${titik && titik.id > 0 ? titik.id : null}, ${titik?.jenis ?? null}, ${g.diDalam},
              ${hasil.jarakMeter}, ${hasil.perluTinjau}, ${f.kunci}, ${JSON.stringify(hasil)}::jsonb, ${p.sistem ? null : p.akunId})
      on conflict (instansi_id, pegawai_id, kunci) do nothing returning id`);
    // Another request with the same key won the race: its answer, nothing written here.
    if (!r) return (await hasilTersimpan(c, pegawaiId, f.kunci))!;
    const id = Number(r.id);
    for (const s of sinyal) {
      await tx.run(sql`insert into sinyal_presensi (instansi_id, presensi_id, pegawai_id, jenis, bukti, dibuat_pada)
                       values (${ctx.instansiId}, ${id}, ${pegawaiId}, ${s.jenis}, ${JSON.stringify(s.bukti)}::jsonb, ${terima})`);
    }
    if (f.swafoto) {
      const kedaluwarsa = new Date(terima.getTime() + ATURAN_SINYAL.retensiSwafotoHari * 86_400_000);
      await tx.run(sql`insert into swafoto_presensi (instansi_id, presensi_id, jenis_mime, isi, kedaluwarsa_pada)
                       values (${ctx.instansiId}, ${id}, ${f.swafoto.jenisMime}, ${Buffer.from(f.swafoto.data, 'base64')}, ${kedaluwarsa})`);
    }
    await catatAudit(c, { aksi: `presensi.${f.jenis}`, entitas: 'presensi', entitasId: id, pegawaiId,
      sesudah: { tanggal, jam: hasil.jam, luring: f.luring, diDalam: g.diDalam, jarakMeter: hasil.jarakMeter, kode: hasil.kode, sinyal: sinyal.map((s) => s.jenis),
        swafoto: !!f.swafoto } });
    return { ...hasil, id };
  });
}

export type { JenisSinyal };
