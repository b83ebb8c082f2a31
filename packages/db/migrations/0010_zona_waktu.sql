-- An instansi's time zone (issue 9): the zone its days and times are counted in (the date on a
-- letter, "today" of a list, the survey day, the daily digest and TMT job, attendance later).
-- An IANA name, one of Indonesia's three zones: WIB (Asia/Jakarta), WITA (Asia/Makassar),
-- WIT (Asia/Jayapura). Existing instansi keep WIB, the behaviour they had.
alter table instansi add column zona_waktu text not null default 'Asia/Jakarta'
  constraint instansi_zona_waktu_indonesia check (zona_waktu in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'));
