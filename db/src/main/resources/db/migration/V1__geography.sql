-- Administrative units after Resolution 202/2025/QH15 (two levels since 1 July 2025),
-- with the former provinces kept and linked to their successors.

create table province (
    id           bigserial primary key,
    -- Current provinces carry their 2-digit code. Former (pre-July-2025) provinces are known
    -- to the reference data only by name, so their code is null.
    code         varchar(2) unique check (code ~ '^[0-9]{2}$'),
    name         varchar(120) not null,
    name_key     varchar(120) not null unique,
    kind         varchar(20)  not null check (kind in ('TINH', 'THANH_PHO')),
    valid_from   date,
    valid_to     date,
    successor_id bigint references province (id),
    version      bigint       not null default 0,
    check (valid_to is null or valid_from is null or valid_to >= valid_from),
    check (code is not null or valid_to is not null)
);

create table commune (
    id           bigserial primary key,
    code         varchar(5)   not null unique check (code ~ '^[0-9]{5}$'),
    name         varchar(120) not null,
    name_key     varchar(120) not null,
    bare_key     varchar(120) not null,
    kind         varchar(20)  not null check (kind in ('XA', 'PHUONG', 'DAC_KHU')),
    province_id  bigint       not null references province (id),
    valid_from   date,
    valid_to     date,
    successor_id bigint references commune (id),
    version      bigint       not null default 0
);
create index commune_province_idx on commune (province_id);
create index commune_name_key_idx on commune (name_key);
create index commune_bare_key_idx on commune (bare_key);

-- One row per old->new mapping of the reference data (an old commune that was split has several).
create table commune_lineage (
    id                bigserial primary key,
    source_id         varchar(32)  not null unique,
    old_code          varchar(5),
    old_name          varchar(120),
    old_name_key      varchar(120),
    old_bare_key      varchar(120),
    old_district      varchar(120),
    old_district_key  varchar(120),
    old_province_name varchar(120),
    old_province_id   bigint references province (id),
    commune_id        bigint       not null references commune (id)
);
create index commune_lineage_commune_idx on commune_lineage (commune_id);
create index commune_lineage_old_code_idx on commune_lineage (old_code);
create index commune_lineage_old_name_idx on commune_lineage (old_name_key);
create index commune_lineage_old_bare_idx on commune_lineage (old_bare_key);

create table reference_data_import (
    id             bigserial primary key,
    imported_at    timestamptz  not null,
    imported_by    varchar(100) not null,
    source_name    varchar(255) not null,
    sha256         varchar(64)  not null,
    provinces      int          not null,
    communes       int          not null,
    lineage_rows   int          not null,
    changed_rows   int          not null
);
