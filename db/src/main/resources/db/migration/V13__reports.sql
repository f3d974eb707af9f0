-- Progress reports (reporting.export). The heading of a province's official reports (Decree
-- 30/2020/NĐ-CP): the body above the issuer, the issuer, the number's suffix, the place, the signer
-- and the recipients, set by its staff; without a row, defaults from the province's name apply.
create table report_setting (
    province_id      bigint primary key references province (id),
    parent_body      varchar(200) not null,
    issuing_body     varchar(200) not null,
    number_suffix    varchar(40)  not null,
    place            varchar(100) not null,
    signer_authority varchar(100) not null,
    signer_title     varchar(100) not null,
    signer_name      varchar(100) not null,
    recipients       varchar(1000) not null,
    version          bigint       not null default 0,
    updated_by       varchar(60)  not null,
    updated_at       timestamptz  not null
);

-- Every report generated, kept as it was sent (the file itself), so that downloading it again
-- gives the same bytes whatever changed since.
create table report_file (
    id              bigserial primary key,
    province_id     bigint       not null references province (id),
    commune_id      bigint references commune (id),
    unit_code       varchar(10)  not null,
    unit_name       varchar(200) not null,
    year            int          not null,
    include_former  boolean      not null,
    format          varchar(5)   not null check (format in ('XLSX', 'PDF', 'CSV')),
    parameters      jsonb        not null,
    username        varchar(60)  not null,
    generated_at    timestamptz  not null,
    size            bigint       not null,
    sha256          char(64)     not null,
    content         bytea        not null
);
create index report_file_scope_idx on report_file (province_id, generated_at desc);
