-- Issue 11, performance. The morning peak: the check-in insert's statement trigger
-- (presensi_antre_hari, migration 0022) asked `hari_presensi_tutup_terakhir(instansi)` for every
-- row of the group, a SQL function call per check-in (the largest part of the trigger, about a
-- fifth of a group's insert). The same condition as an index probe per row on the closed days'
-- key: a day is queued when some closed day of its instansi is on or after it
-- (tanggal <= max(closed day) exactly when such a row exists). Nothing else changes.
create or replace function presensi_antre_hari() returns trigger language plpgsql as $$
begin
  insert into antrean_hari_presensi (instansi_id, pegawai_id, tanggal, sebab)
  select distinct b.instansi_id, b.pegawai_id, b.tanggal, 'presensi'
    from baru b
   where exists (select 1 from tutup_hari_presensi t where t.instansi_id = b.instansi_id and t.tanggal >= b.tanggal)
  on conflict do nothing;
  return null;
end $$;

-- An ASN's own month (the rekap's bacaScan) reads the open signals of that pegawai only: by
-- pegawai on this index instead of every open signal of the instansi on sinyal_presensi_status.
create index sinyal_presensi_pegawai on sinyal_presensi (instansi_id, pegawai_id);
