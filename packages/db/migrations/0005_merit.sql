-- Sistem Merit self-assessment, second step (issue: merit end to end).
--
-- A score of one sub-aspect is edited on its own (two people may score different sub-aspects
-- at once), so each score carries its own optimistic-concurrency version; the assessment's
-- `versi` still moves with every change, so that finalising names exactly what was seen.
alter table skor_merit add column versi integer not null default 1;

-- The rule set (categories, scale, divisor) an assessment is judged under, pinned when it is
-- opened, so a past year is read as it was assessed. Null: the rule in force at the year's end.
alter table penilaian_merit add column aturan_id text;
