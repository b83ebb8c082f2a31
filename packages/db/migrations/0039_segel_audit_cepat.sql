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
