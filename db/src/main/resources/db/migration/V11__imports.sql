-- Bulk imports (core.imports). Every uploaded file is a job: the file itself (to check, import and
-- run again, and to build the error file from), who uploaded it in which scope, the column mapping,
-- where the job stands and what it found or did. A file is recognised again by its SHA-256.
create table import_job (
    id              bigserial primary key,
    kind            varchar(20)  not null,
    file_name       varchar(255) not null,
    content_type    varchar(10)  not null check (content_type in ('CSV', 'XLSX')),
    content_sha256  char(64)     not null,
    content_size    bigint       not null,
    content         bytea        not null,
    username        varchar(60)  not null,
    scope_level     varchar(10)  not null,
    province_id     bigint references province (id),
    commune_id      bigint references commune (id),
    header          jsonb        not null,
    mapping         jsonb        not null,
    status          varchar(20)  not null,
    valid_only      boolean      not null default false,
    rows_total      int          not null,
    rows_done       int          not null default 0,
    created         int,
    updated         int,
    unchanged       int,
    error_rows      int,
    failure_code    varchar(80),
    failure_args    jsonb,
    sheet_name      varchar(100),
    sheet_count     int          not null default 1,
    uploaded_at     timestamptz  not null,
    checked_at      timestamptz,
    committed_by    varchar(60),
    committed_at    timestamptz,
    finished_at     timestamptz,
    version         bigint       not null default 0
);
create index import_job_sha_idx on import_job (content_sha256);
create index import_job_scope_idx on import_job (province_id, uploaded_at desc);
create index import_job_user_idx on import_job (username, uploaded_at desc);

-- The errors of a job's last check or import, in file order; shown a page at a time.
create table import_row_error (
    job_id      bigint       not null references import_job (id) on delete cascade,
    seq         int          not null,
    row_number  int          not null,
    column_name varchar(200) not null,
    cell_value  varchar(300) not null,
    code        varchar(80)  not null,
    args        jsonb        not null,
    primary key (job_id, seq)
);

-- Column mappings a user saved under a name: field key -> the file's header text.
create table import_mapping (
    id         bigserial primary key,
    username   varchar(60)  not null,
    kind       varchar(20)  not null,
    name       varchar(80)  not null,
    columns    jsonb        not null,
    saved_at   timestamptz  not null,
    unique (username, kind, name)
);
