-- The audit sealer (0036) at the morning peak. Two costs grew with the peak, not with the work:
--
-- 1. Its delete read the queue from its oldest index entry. The queue's primary key grows to the
--    right (identity ids) and its sealed entries stay in the index as dead items until VACUUM
--    (autovacuum wakes once a minute): at 2.000 check-ins a second every run walked tens of
--    thousands of dead entries, and a run's cost grew from 0,3 ms to several ms within the minute.
--    The chain's tail now remembers the highest queue id sealed (`antre_id`), and the runs the
--    writers ask for (`p_semua` false) read only from 2.000 ids below it: about one second of
--    check-ins at the peak, far more than the entries in flight between their id and their commit.
--    An entry that commits later still (a stalled transaction) is sealed by the next full run: the
--    server's minute job, its start, the chain check (`p_semua` true, the default).
-- 2. Its commit waited for its own WAL flush. The entries it moves are on disk already (committed
--    with their records), and the move is one transaction: lost in a crash, the entries are still in
--    the queue, and the next run seals them. Its commit no longer waits for the flush
--    (synchronous_commit off for this transaction only); any later synchronous commit flushes it too.
alter table audit_rantai add column antre_id bigint not null default 0;

drop function audit_segel(bigint);
create function audit_segel(p_instansi bigint, p_semua boolean default true) returns integer language plpgsql security definer set search_path = public, pg_temp as $$
declare
  n integer;
  batas bigint;
  akhir bigint;
begin
  -- Sealers of one instansi queue on the chain's tail; the delete below then sees every entry
  -- committed before this sealer got the lock (a new snapshot per statement).
  select antre_id into batas from audit_rantai where instansi_id = p_instansi for update;
  batas := case when p_semua or batas is null then 0 else greatest(batas - 2000, 0) end;
  perform set_config('synchronous_commit', 'off', true);
  with x as (delete from audit_antre where instansi_id = p_instansi and id > batas returning *),
  y as (
    insert into audit_log (instansi_id, waktu, akun_id, nama_pengguna, peran, aksi, entitas, entitas_id, pegawai_id, sebelum, sesudah, alamat_ip, keterangan)
    select instansi_id, waktu, akun_id, nama_pengguna, peran, aksi, entitas, entitas_id, pegawai_id, sebelum, sesudah, alamat_ip, keterangan
      from x order by id
    returning 1)
  select (select count(*) from y), (select max(id) from x) into n, akhir;
  -- The chain trigger has created the tail row if this instansi had none.
  if akhir is not null then
    update audit_rantai set antre_id = akhir where instansi_id = p_instansi and antre_id < akhir;
  end if;
  return n;
end $$;

-- 3. The chain trigger (0013) per entry: after the lock on the tail, the last entry written, the
--    time mode and the account's name are read in one statement instead of three (each statement
--    of a trigger is a round through the executor, and at the peak the trigger runs for every
--    check-in the sealer moves). The lock stays a statement of its own, before the read, so the
--    read sees everything the previous holder of the lock committed. Same fields, same hash.
create or replace function audit_log_rantai() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
declare
  ekor_urutan bigint;
  ekor_hash text;
  akhir_urutan bigint;
  akhir_hash text;
  dari_aplikasi boolean;
  nama text;
begin
  select urutan, hash into ekor_urutan, ekor_hash from audit_rantai where instansi_id = new.instansi_id for update;
  if not found then
    insert into audit_rantai (instansi_id, urutan, hash) values (new.instansi_id, 0, '') on conflict (instansi_id) do nothing;
    select urutan, hash into ekor_urutan, ekor_hash from audit_rantai where instansi_id = new.instansi_id for update;
  end if;
  select l.urutan, l.hash, p.waktu_dari_aplikasi, a.nama_pengguna
    into akhir_urutan, akhir_hash, dari_aplikasi, nama
    from (select) s
    left join audit_pengaturan p on true
    left join lateral (select urutan, hash from audit_log where instansi_id = new.instansi_id and urutan > ekor_urutan order by urutan desc limit 1) l on true
    left join akun a on a.instansi_id = new.instansi_id and a.id = new.akun_id;
  if akhir_urutan is not null then
    ekor_urutan := akhir_urutan;
    ekor_hash := akhir_hash;
  end if;
  -- After the lock: the chain's times never run backwards.
  if new.waktu is null or not coalesce(dari_aplikasi, false) then
    new.waktu := clock_timestamp();
  end if;
  -- The account's own name, not one the caller wrote beside its id.
  if nama is not null then
    new.nama_pengguna := nama;
  end if;
  new.urutan := ekor_urutan + 1;
  new.hash_sebelum := ekor_hash;
  -- The expression of audit_log_hash, inline (a call per row costs more than the hash itself);
  -- the chain check recomputes it with audit_log_hash, so the two cannot drift apart unnoticed.
  new.hash := encode(sha256(convert_to(jsonb_build_array(
    new.instansi_id, new.id, new.urutan, to_char(new.waktu at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    new.akun_id, new.nama_pengguna, new.peran, new.aksi, new.entitas, new.entitas_id, new.pegawai_id,
    new.sebelum, new.sesudah, new.alamat_ip, new.keterangan, new.hash_sebelum)::text, 'UTF8')), 'hex');
  return new;
end $$;
