-- The audit queue of the hot write paths (issue 11 check-ins, issue 13 answer saves). Chaining
-- an entry (migration 0013) locks the instansi's chain tail (audit_rantai) until the writing
-- transaction COMMITS, WAL flush included: every audited write of an instansi waits for the one
-- before it to reach the disk, so a morning peak of check-ins commits one group at a time.
--
-- A hot path writes its entries here instead, in the same statement as its records (committed
-- with them: an acknowledged check-in has its entry on disk), touching no lock. The sealer
-- `audit_segel(instansi)` moves what is queued into audit_log in one statement, in queue order,
-- under the chain's lock, so the chain trigger numbers, stamps and hashes them exactly as any
-- other entry. The app calls it right after each group commit (one sealer at a time per
-- instansi and process, a second request folds into the next run), the chain check calls it
-- before walking the chain, the server at start and a job every minute (apps/server/src/penjadwal.ts):
-- an entry waits at most until the next sealer run, normally milliseconds (see ARCHITECTURE.md,
-- "The audit queue"). The runtime role may only INSERT and SELECT here, like audit_log; only the
-- sealer (security definer, owned by the migration role) deletes.
create table audit_antre (
  instansi_id    bigint not null,
  id             bigint generated always as identity,
  waktu          timestamptz not null default now(),
  akun_id        bigint,
  nama_pengguna  text,
  peran          text[],
  aksi           text not null,
  entitas        text not null,
  entitas_id     text,
  pegawai_id     bigint,
  sebelum        jsonb,
  sesudah        jsonb,
  alamat_ip      text,
  keterangan     text,
  primary key (instansi_id, id)
);

create function audit_segel(p_instansi bigint) returns integer language plpgsql security definer set search_path = public, pg_temp as $$
declare
  n integer;
begin
  -- Sealers of one instansi queue on the chain's tail; the delete below then sees every entry
  -- committed before this sealer got the lock (a new snapshot per statement).
  perform 1 from audit_rantai where instansi_id = p_instansi for update;
  with x as (delete from audit_antre where instansi_id = p_instansi returning *)
  insert into audit_log (instansi_id, waktu, akun_id, nama_pengguna, peran, aksi, entitas, entitas_id, pegawai_id, sebelum, sesudah, alamat_ip, keterangan)
  select instansi_id, waktu, akun_id, nama_pengguna, peran, aksi, entitas, entitas_id, pegawai_id, sebelum, sesudah, alamat_ip, keterangan
    from x order by id;
  get diagnostics n = row_count;
  return n;
end $$;
