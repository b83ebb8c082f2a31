-- Rekap presensi (issue 11 item 6): the computed status of every ASN's day, kept so that the
-- month's rekap of 100.000 ASN and an ASN's own month read stored rows instead of recomputing.
-- A day is stored once the instansi closes it (the day-close job, after the day and a night
-- shift's morning are over); until then it is computed live. A late input (an offline check-in,
-- a review decision, an approved or cancelled request, a calendar or roster change) puts the
-- day back in the queue (triggers below: no module has to call another), and the queue is
-- worked off before any read and by the job. instansi_id leads every key.

-- One computed day of one pegawai, naming the rule and calendar versions it used.
create table hari_presensi (
  instansi_id         bigint not null references instansi (instansi_id),
  pegawai_id          bigint not null,
  tanggal             date not null,
  unit_id             bigint,
  hari_kerja          boolean not null,
  status              text not null check (status in ('hadir', 'dinas_luar', 'cuti', 'tugas_belajar', 'diklat', 'sakit', 'izin', 'alpa', 'libur')),
  jenis_absen         text,
  kode_masuk          text check (kode_masuk in ('tepat', 'TL1', 'TL2', 'TL3', 'TL4')),
  terlambat_menit     integer not null default 0,
  kode_pulang         text check (kode_pulang in ('tepat', 'PSW1', 'PSW2', 'PSW3', 'PSW4')),
  pulang_cepat_menit  integer not null default 0,
  ganti_waktu         boolean not null default false,
  jam_masuk           text,
  jam_pulang          text,
  potongan_persen     numeric(6, 2) not null default 0,
  usulan_id           bigint,
  menunggu_tinjau     boolean not null default false,
  keterangan          text not null,
  versi_aturan        text not null,
  versi_kalender      text,
  dihitung_pada       timestamptz not null,
  primary key (instansi_id, pegawai_id, tanggal),
  foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
);
create index hari_presensi_tanggal on hari_presensi (instansi_id, tanggal);

-- The month of one pegawai summed from its stored days (kept in step with them in the same
-- transaction): the rekap of a month reads one row per pegawai.
create table rekap_presensi_bulan (
  instansi_id          bigint not null references instansi (instansi_id),
  pegawai_id           bigint not null,
  bulan                date not null check (extract(day from bulan) = 1),
  unit_id              bigint,
  hari_kerja           integer not null,
  hadir                integer not null,
  dinas_luar           integer not null,
  cuti                 integer not null,
  tugas_belajar        integer not null,
  diklat               integer not null,
  sakit                integer not null,
  izin                 integer not null,
  alpa                 integer not null,
  tl1                  integer not null,
  tl2                  integer not null,
  tl3                  integer not null,
  tl4                  integer not null,
  psw1                 integer not null,
  psw2                 integer not null,
  psw3                 integer not null,
  psw4                 integer not null,
  terlambat_menit      integer not null,
  pulang_cepat_menit   integer not null,
  potongan_persen      numeric(7, 2) not null,
  menunggu_tinjau      integer not null,
  versi_aturan         text not null,
  primary key (instansi_id, bulan, pegawai_id),
  foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
);
create index rekap_presensi_bulan_pegawai on rekap_presensi_bulan (instansi_id, pegawai_id, bulan);

-- The days an instansi has closed (stored); later days are computed live.
create table tutup_hari_presensi (
  instansi_id  bigint not null references instansi (instansi_id),
  tanggal      date not null,
  jumlah       integer not null,
  ditutup_pada timestamptz not null,
  primary key (instansi_id, tanggal)
);

-- From which day a perangkat daerah's ASN are bound to check in (its first check-in: an OPD
-- starts using SIPERLU on a day, and an ASN of an OPD that has not started is not alpa).
create table mulai_presensi_unit (
  instansi_id  bigint not null references instansi (instansi_id),
  unit_id      bigint not null,
  mulai        date not null,
  primary key (instansi_id, unit_id),
  foreign key (instansi_id, unit_id) references unit_organisasi (instansi_id, id)
);

-- Closed days to compute again; pegawai_id 0 = every pegawai of that day (a holiday changed).
create table antrean_hari_presensi (
  instansi_id  bigint not null references instansi (instansi_id),
  pegawai_id   bigint not null,
  tanggal      date not null,
  sebab        text not null,
  primary key (instansi_id, pegawai_id, tanggal)
);

create function hari_presensi_tutup_terakhir(i bigint) returns date language sql stable as $$
  select max(tanggal) from tutup_hari_presensi where instansi_id = i
$$;

-- A check-in recorded for a closed day (offline, a correction, another source): one statement per
-- insert statement (a group commit's batch costs one look-up), nothing for today's check-ins. (A
-- night shift's check-out comes the next morning, before its day is closed at noon.)
create function presensi_antre_hari() returns trigger language plpgsql as $$
begin
  insert into antrean_hari_presensi (instansi_id, pegawai_id, tanggal, sebab)
  select distinct b.instansi_id, b.pegawai_id, b.tanggal, 'presensi'
    from baru b
   where b.tanggal <= hari_presensi_tutup_terakhir(b.instansi_id)
  on conflict do nothing;
  return null;
end $$;
create trigger presensi_antre_hari after insert on presensi referencing new table as baru for each statement execute function presensi_antre_hari();

-- A reviewer's decision on a signal changes whether its check-in counts.
create function sinyal_presensi_antre_hari() returns trigger language plpgsql as $$
begin
  if new.status is distinct from old.status then
    insert into antrean_hari_presensi (instansi_id, pegawai_id, tanggal, sebab)
    select r.instansi_id, r.pegawai_id, d.t::date, 'tinjauan'
      from presensi r cross join lateral (values (r.tanggal), (r.tanggal - 1)) d(t)
     where r.instansi_id = new.instansi_id and r.id = new.presensi_id and d.t::date <= hari_presensi_tutup_terakhir(r.instansi_id)
    on conflict do nothing;
  end if;
  return null;
end $$;
create trigger sinyal_presensi_antre_hari after update on sinyal_presensi for each row execute function sinyal_presensi_antre_hari();

-- A leave or duty request approved (or its approval undone) sets or clears the status of its days.
create function usulan_cuti_antre_hari() returns trigger language plpgsql as $$
begin
  if (new.status = 'selesai') is distinct from (old.status = 'selesai') then
    insert into antrean_hari_presensi (instansi_id, pegawai_id, tanggal, sebab)
    select c.instansi_id, c.pegawai_id, g.t::date, 'usulan'
      from usulan_cuti c cross join lateral generate_series(c.dari, least(c.sampai, hari_presensi_tutup_terakhir(c.instansi_id)), interval '1 day') g(t)
     where c.instansi_id = new.instansi_id and c.usulan_id = new.id
    on conflict do nothing;
  end if;
  return null;
end $$;
create trigger usulan_cuti_antre_hari after update of status on usulan_layanan for each row execute function usulan_cuti_antre_hari();

-- A holiday added, renamed or removed: every pegawai of that day.
create function hari_libur_antre_hari() returns trigger language plpgsql as $$
declare
  r record;
begin
  for r in select instansi_id, tanggal from baru union select instansi_id, tanggal from lama loop
    if r.tanggal <= hari_presensi_tutup_terakhir(r.instansi_id) then
      insert into antrean_hari_presensi (instansi_id, pegawai_id, tanggal, sebab) values (r.instansi_id, 0, r.tanggal, 'kalender') on conflict do nothing;
    end if;
  end loop;
  return null;
end $$;
create function hari_libur_antre_hari_sisip() returns trigger language plpgsql as $$
begin
  insert into antrean_hari_presensi (instansi_id, pegawai_id, tanggal, sebab)
  select distinct instansi_id, 0, tanggal, 'kalender' from baru where tanggal <= hari_presensi_tutup_terakhir(instansi_id) on conflict do nothing;
  return null;
end $$;
create function hari_libur_antre_hari_hapus() returns trigger language plpgsql as $$
begin
  insert into antrean_hari_presensi (instansi_id, pegawai_id, tanggal, sebab)
  select distinct instansi_id, 0, tanggal, 'kalender' from lama where tanggal <= hari_presensi_tutup_terakhir(instansi_id) on conflict do nothing;
  return null;
end $$;
create trigger hari_libur_antre_hari_ubah after update on hari_libur referencing old table as lama new table as baru for each statement execute function hari_libur_antre_hari();
create trigger hari_libur_antre_hari_sisip after insert on hari_libur referencing new table as baru for each statement execute function hari_libur_antre_hari_sisip();
create trigger hari_libur_antre_hari_hapus after delete on hari_libur referencing old table as lama for each statement execute function hari_libur_antre_hari_hapus();

-- A new holiday list version for a year (a day may have left the list): every closed day of that year.
create function daftar_libur_antre_hari() returns trigger language plpgsql as $$
begin
  insert into antrean_hari_presensi (instansi_id, pegawai_id, tanggal, sebab)
  select t.instansi_id, 0, t.tanggal, 'kalender' from tutup_hari_presensi t
   where t.instansi_id = new.instansi_id and extract(year from t.tanggal) = new.tahun
  on conflict do nothing;
  return null;
end $$;
create trigger daftar_libur_antre_hari after insert on daftar_libur for each row execute function daftar_libur_antre_hari();

-- A calendar version added or removed from a date: every closed day from that date (a past month
-- recomputed under another rule version).
create function kalender_unit_antre_hari() returns trigger language plpgsql as $$
declare
  k record;
begin
  if tg_op = 'DELETE' then k := old; else k := new; end if;
  insert into antrean_hari_presensi (instansi_id, pegawai_id, tanggal, sebab)
  select t.instansi_id, 0, t.tanggal, 'kalender' from tutup_hari_presensi t
   where t.instansi_id = k.instansi_id and t.tanggal >= k.berlaku_mulai
  on conflict do nothing;
  return null;
end $$;
create trigger kalender_unit_antre_hari after insert or delete on kalender_unit for each row execute function kalender_unit_antre_hari();

-- A shift roster entry changed: that pegawai's day.
create function jadwal_shift_antre_hari() returns trigger language plpgsql as $$
declare
  k record;
begin
  if tg_op = 'DELETE' then k := old; else k := new; end if;
  if k.tanggal <= hari_presensi_tutup_terakhir(k.instansi_id) then
    insert into antrean_hari_presensi (instansi_id, pegawai_id, tanggal, sebab) values (k.instansi_id, k.pegawai_id, k.tanggal, 'jadwal_shift') on conflict do nothing;
  end if;
  return null;
end $$;
create trigger jadwal_shift_antre_hari after insert or update or delete on jadwal_shift for each row execute function jadwal_shift_antre_hari();
