-- One version table, one mechanism (issue 10 item 21). Until now two counters moved at commit:
-- `sesi_versi` (0019, the session cache) and `versi_data` (0020, the computed lists), each with its
-- own trigger function, its own once-per-transaction mark and its own rights. Both become areas
-- (ranah) of `versi_data`, moved by the one security-definer function `versi_data_naik`:
--   ranah 'sesi': what a session resolves to (CacheSesi in modules/akun)
--   ranah 'pegawai', 'usulan': as in 0020; 'pegawai' now also covers riwayat_gaji (the KGB list)
-- The session triggers keep their conditions: the idle clock (sesi.aktif_terakhir), login
-- bookkeeping (akun.masuk_terakhir) and new sessions do not move the 'sesi' version.

alter table versi_data drop constraint versi_data_ranah_check;
alter table versi_data add constraint versi_data_ranah_check check (ranah in ('pegawai', 'usulan', 'sesi'));

-- The session counters carry over: a server process that read a counter before the migration
-- sees it move (never back), so it reads its cached sessions again.
insert into versi_data (instansi_id, ranah, versi)
select instansi_id, 'sesi', versi + 1 from sesi_versi
on conflict (instansi_id, ranah) do update set versi = excluded.versi;

drop trigger sesi_versi_sesi_hapus on sesi;
drop trigger sesi_versi_sesi_ubah on sesi;
drop trigger sesi_versi_akun_ubah on akun;
drop trigger sesi_versi_akun_hapus on akun;
drop trigger sesi_versi_akun_peran on akun_peran;
drop trigger sesi_versi_unit_ubah on unit_organisasi;
drop trigger sesi_versi_unit_hapus on unit_organisasi;
drop trigger sesi_versi_pegawai_ubah on pegawai;
drop trigger sesi_versi_pegawai_hapus on pegawai;
drop trigger sesi_versi_sesi_kosong on sesi;
drop trigger sesi_versi_akun_kosong on akun;
drop trigger sesi_versi_akun_peran_kosong on akun_peran;
drop function sesi_versi_naik();
drop function sesi_versi_naik_semua();
drop table sesi_versi;

-- What a session resolves to: logout and ended sessions, an account deactivated, renamed, linked
-- to another pegawai, its password or "must change password" flag changed, a role added, removed
-- or moved to another unit, a unit moved in the tree, a pegawai moved to another unit.
create constraint trigger sesi_versi_sesi_hapus after delete on sesi
  deferrable initially deferred for each row execute function versi_data_naik('sesi');
create constraint trigger sesi_versi_sesi_ubah after update on sesi
  deferrable initially deferred for each row
  when (old.akun_id is distinct from new.akun_id or old.token_csrf is distinct from new.token_csrf
        or old.kedaluwarsa_pada is distinct from new.kedaluwarsa_pada or old.id is distinct from new.id)
  execute function versi_data_naik('sesi');

create constraint trigger sesi_versi_akun_ubah after update on akun
  deferrable initially deferred for each row
  when (old.aktif is distinct from new.aktif or old.nama_pengguna is distinct from new.nama_pengguna
        or old.nama_tampilan is distinct from new.nama_tampilan or old.pegawai_id is distinct from new.pegawai_id
        or old.harus_ganti_sandi is distinct from new.harus_ganti_sandi or old.hash_sandi is distinct from new.hash_sandi)
  execute function versi_data_naik('sesi');
create constraint trigger sesi_versi_akun_hapus after delete on akun
  deferrable initially deferred for each row execute function versi_data_naik('sesi');

create constraint trigger sesi_versi_akun_peran after insert or update or delete on akun_peran
  deferrable initially deferred for each row execute function versi_data_naik('sesi');

create constraint trigger sesi_versi_unit_ubah after update on unit_organisasi
  deferrable initially deferred for each row when (old.jalur is distinct from new.jalur)
  execute function versi_data_naik('sesi');
create constraint trigger sesi_versi_unit_hapus after delete on unit_organisasi
  deferrable initially deferred for each row execute function versi_data_naik('sesi');

create constraint trigger sesi_versi_pegawai_ubah after update on pegawai
  deferrable initially deferred for each row when (old.jalur_unit is distinct from new.jalur_unit)
  execute function versi_data_naik('sesi');
create constraint trigger sesi_versi_pegawai_hapus after delete on pegawai
  deferrable initially deferred for each row execute function versi_data_naik('sesi');

-- TRUNCATE has no rows to name an instansi: every instansi's version of the area moves, also of an
-- instansi whose version never moved before (0020 moved only the rows already there, so a cache
-- that read "0" for such an instansi kept serving after the table was emptied).
create or replace function versi_data_kosongkan() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
begin
  insert into versi_data (instansi_id, ranah, versi) select instansi_id, tg_argv[0], 1 from instansi
    on conflict (instansi_id, ranah) do update set versi = versi_data.versi + 1;
  return null;
end $$;
revoke execute on function versi_data_kosongkan() from public;

-- TRUNCATE fires no row trigger: emptying one of these tables moves every instansi's version.
create trigger sesi_versi_sesi_kosong after truncate on sesi for each statement execute function versi_data_kosongkan('sesi');
create trigger sesi_versi_akun_kosong after truncate on akun for each statement execute function versi_data_kosongkan('sesi');
create trigger sesi_versi_akun_peran_kosong after truncate on akun_peran for each statement execute function versi_data_kosongkan('sesi');

-- The KGB list reads the riwayat gaji (the basis of the next step, the letters issued).
create constraint trigger riwayat_gaji_versi_data after insert or update or delete on riwayat_gaji deferrable initially deferred
  for each row execute function versi_data_naik('pegawai');
create trigger riwayat_gaji_versi_data_kosong after truncate on riwayat_gaji for each statement execute function versi_data_kosongkan('pegawai');
