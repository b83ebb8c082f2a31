-- Versions of the data that computed lists read, per instansi and area (ranah), so that a list
-- computed once (the unit tree with its head counts, the KP eligibility of a period, the pension
-- list) can be kept and served again until a write changes what it was computed from.
--   ranah 'pegawai': pegawai, every riwayat, keluarga, unit_organisasi, jabatan
--   ranah 'usulan':  usulan_layanan (requests on the workflow engine)
-- Every committed write to those tables moves its instansi's version. The version moves at commit
-- (deferred constraint triggers): the row lock on versi_data is then the last lock a writing
-- transaction takes, so it cannot close a cycle with the row locks the transaction already holds
-- (a statement-level bump mid-transaction could deadlock two writers). A reader reads the version
-- before it computes: a write committed in between makes it cache newer data under the older
-- version (recomputed at the next read), never older data under the newer version.
-- Written only by the trigger (owner's rights, like the audit chain); the runtime role reads it.
create table versi_data (
  instansi_id bigint not null,
  ranah text not null check (ranah in ('pegawai', 'usulan')),
  versi bigint not null default 0,
  primary key (instansi_id, ranah)
);

-- Once per transaction, instansi and area: the first row's event bumps, the others see the
-- transaction-local mark and return (a 7,000-row import pays one update, not 7,000).
create function versi_data_naik() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
declare
  r text := tg_argv[0];
  i bigint;
  tanda text;
begin
  if tg_op = 'DELETE' then
    i := old.instansi_id;
  else
    i := new.instansi_id;
  end if;
  tanda := 'simasn.versi_' || r || '_' || i;
  if current_setting(tanda, true) = '1' then
    return null;
  end if;
  perform set_config(tanda, '1', true);
  insert into versi_data (instansi_id, ranah, versi) values (i, r, 1)
    on conflict (instansi_id, ranah) do update set versi = versi_data.versi + 1;
  -- A row that moved to another instansi (never done, but then both change).
  if tg_op = 'UPDATE' and old.instansi_id is distinct from new.instansi_id then
    insert into versi_data (instansi_id, ranah, versi) values (old.instansi_id, r, 1)
      on conflict (instansi_id, ranah) do update set versi = versi_data.versi + 1;
  end if;
  return null;
end $$;

-- TRUNCATE has no rows to name an instansi: every instansi's version of the area moves.
create function versi_data_kosongkan() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
begin
  update versi_data set versi = versi + 1 where ranah = tg_argv[0];
  return null;
end $$;

do $$
declare
  t record;
begin
  for t in select * from (values
    ('pegawai', 'pegawai'), ('riwayat_pangkat', 'pegawai'), ('riwayat_jabatan', 'pegawai'), ('riwayat_pendidikan', 'pegawai'),
    ('riwayat_diklat', 'pegawai'), ('riwayat_skp', 'pegawai'), ('riwayat_hukdis', 'pegawai'), ('keluarga', 'pegawai'),
    ('unit_organisasi', 'pegawai'), ('jabatan', 'pegawai'), ('usulan_layanan', 'usulan')) as x(tabel, ranah)
  loop
    execute format('create constraint trigger %I after insert or update or delete on %I deferrable initially deferred '
      || 'for each row execute function versi_data_naik(%L)', t.tabel || '_versi_data', t.tabel, t.ranah);
    execute format('create trigger %I after truncate on %I for each statement execute function versi_data_kosongkan(%L)',
      t.tabel || '_versi_data_kosong', t.tabel, t.ranah);
  end loop;
end $$;

revoke all on versi_data from public;
revoke execute on function versi_data_naik(), versi_data_kosongkan() from public;

-- The pension list's open request per employee (lateral lookup by pegawai and service).
create index usulan_layanan_pegawai_jenis on usulan_layanan (instansi_id, pegawai_id, jenis, id desc);
