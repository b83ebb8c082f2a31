-- Session cache invalidation (issue 11, performance). Every authenticated request used to read its
-- session with a join of sesi, akun, akun_peran, unit_organisasi and pegawai. The server now keeps
-- resolved sessions in memory (modules/akun/src/sesi.ts, CacheSesi) and reads only this counter,
-- one query shared by all requests that arrive while it runs. Any committed change to what a
-- session resolves to bumps the instansi's counter, so the very next request on any server
-- process reads the session again: logout and ended sessions, an account deactivated, renamed,
-- linked to another pegawai, its password or "must change password" flag changed, a role added,
-- removed or moved to another unit, a unit moved in the tree, a pegawai moved to another unit.
--
-- The counter is bumped by deferred constraint triggers, i.e. at commit: the row lock on the
-- counter is held for the commit only, never for a long transaction (an import), and once per
-- transaction and instansi (a transaction-local setting remembers it). The idle clock
-- (sesi.aktif_terakhir), login bookkeeping (akun.masuk_terakhir) and new sessions do not bump it.
create table sesi_versi (
  instansi_id  bigint not null references instansi (instansi_id),
  versi        bigint not null default 0,
  primary key (instansi_id)
);

create function sesi_versi_naik() returns trigger language plpgsql as $$
declare
  i bigint;
  sudah text := coalesce(current_setting('simasn.sesi_versi_naik', true), '');
begin
  if tg_op = 'DELETE' then
    i := old.instansi_id;
  else
    i := new.instansi_id;
  end if;
  if position(',' || i || ',' in sudah) > 0 then
    return null;
  end if;
  perform set_config('simasn.sesi_versi_naik', sudah || ',' || i || ',', true);
  insert into sesi_versi (instansi_id, versi) values (i, 1)
    on conflict (instansi_id) do update set versi = sesi_versi.versi + 1;
  return null;
end $$;

create constraint trigger sesi_versi_sesi_hapus after delete on sesi
  deferrable initially deferred for each row execute function sesi_versi_naik();
create constraint trigger sesi_versi_sesi_ubah after update on sesi
  deferrable initially deferred for each row
  when (old.akun_id is distinct from new.akun_id or old.token_csrf is distinct from new.token_csrf
        or old.kedaluwarsa_pada is distinct from new.kedaluwarsa_pada or old.id is distinct from new.id)
  execute function sesi_versi_naik();

create constraint trigger sesi_versi_akun_ubah after update on akun
  deferrable initially deferred for each row
  when (old.aktif is distinct from new.aktif or old.nama_pengguna is distinct from new.nama_pengguna
        or old.nama_tampilan is distinct from new.nama_tampilan or old.pegawai_id is distinct from new.pegawai_id
        or old.harus_ganti_sandi is distinct from new.harus_ganti_sandi or old.hash_sandi is distinct from new.hash_sandi)
  execute function sesi_versi_naik();
create constraint trigger sesi_versi_akun_hapus after delete on akun
  deferrable initially deferred for each row execute function sesi_versi_naik();

create constraint trigger sesi_versi_akun_peran after insert or update or delete on akun_peran
  deferrable initially deferred for each row execute function sesi_versi_naik();

create constraint trigger sesi_versi_unit_ubah after update on unit_organisasi
  deferrable initially deferred for each row when (old.jalur is distinct from new.jalur)
  execute function sesi_versi_naik();
create constraint trigger sesi_versi_unit_hapus after delete on unit_organisasi
  deferrable initially deferred for each row execute function sesi_versi_naik();

create constraint trigger sesi_versi_pegawai_ubah after update on pegawai
  deferrable initially deferred for each row when (old.jalur_unit is distinct from new.jalur_unit)
  execute function sesi_versi_naik();
create constraint trigger sesi_versi_pegawai_hapus after delete on pegawai
  deferrable initially deferred for each row execute function sesi_versi_naik();

-- TRUNCATE fires no row trigger: emptying one of these tables moves every instansi's counter.
create function sesi_versi_naik_semua() returns trigger language plpgsql as $$
begin
  update sesi_versi set versi = versi + 1;
  return null;
end $$;
create trigger sesi_versi_sesi_kosong after truncate on sesi for each statement execute function sesi_versi_naik_semua();
create trigger sesi_versi_akun_kosong after truncate on akun for each statement execute function sesi_versi_naik_semua();
create trigger sesi_versi_akun_peran_kosong after truncate on akun_peran for each statement execute function sesi_versi_naik_semua();
