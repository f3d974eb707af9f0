-- A citizen ID looked up again within the hour (a file checked, then imported) counts once: the
-- look-up keeps the ID's HMAC for the hour its row lives.
alter table citizen_id_lookup add column citizen_id_hmac varchar(64);

-- Uploaded files may hold citizen IDs in clear: they are kept only for the days the job needs them
-- (checking, importing, the error file), then erased; the job keeps its SHA-256, counts and errors.
alter table import_job alter column content drop not null;
alter table import_job add column content_erased_at timestamptz;
create index import_job_content_kept_idx on import_job (uploaded_at) where content is not null;
