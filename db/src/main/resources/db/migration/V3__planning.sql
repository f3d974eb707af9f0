-- Planning: target groups and indicators (data, not enums), population baselines and yearly KPI targets.

create table target_group (
    id         bigserial primary key,
    code       varchar(40)  not null unique check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_vi    varchar(200) not null,
    name_en    varchar(200) not null,
    sort_order int          not null default 100,
    active     boolean      not null default true,
    version    bigint       not null default 0
);

create table indicator (
    id         bigserial primary key,
    code       varchar(40)  not null unique check (code ~ '^[A-Z][A-Z0-9_]*$'),
    kind       varchar(20)  not null check (kind in ('SHARE_OF_GROUP', 'COUNT')),
    -- per_group: a target is set for each target group; otherwise one target for the whole unit
    per_group  boolean      not null,
    -- cumulative: "by 31/12 of that year", so a later year's target may not be lower
    cumulative boolean      not null default true,
    name_vi    varchar(200) not null,
    name_en    varchar(200) not null,
    sort_order int          not null default 100,
    active     boolean      not null default true,
    check (kind = 'COUNT' or per_group)
);

-- A unit is a province (commune_id null) or a commune of that province. The province may be a
-- former one (Bình Dương): its figures are kept as entered and roll up into its successor.
create table population_baseline (
    id          bigserial primary key,
    province_id bigint  not null references province (id),
    commune_id  bigint references commune (id),
    group_id    bigint  not null references target_group (id),
    year        int     not null check (year between 2024 and 2035),
    head_count  bigint  not null check (head_count >= 0),
    version     bigint  not null default 0,
    updated_at  timestamptz not null,
    updated_by  varchar(60) not null,
    unique nulls not distinct (province_id, commune_id, group_id, year)
);

create table kpi_target (
    id           bigserial primary key,
    province_id  bigint        not null references province (id),
    commune_id   bigint references commune (id),
    indicator_id bigint        not null references indicator (id),
    group_id     bigint references target_group (id),
    year         int           not null check (year between 2024 and 2035),
    value        numeric(14, 2) not null check (value >= 0),
    -- how a commune target came about: entered for the unit, allocated in proportion to population, or by hand
    origin       varchar(20)   not null check (origin in ('ENTERED', 'PROPORTIONAL', 'MANUAL')),
    version      bigint        not null default 0,
    updated_at   timestamptz   not null,
    updated_by   varchar(60)   not null,
    unique nulls not distinct (province_id, commune_id, indicator_id, group_id, year)
);
create index kpi_target_province_year_idx on kpi_target (province_id, year);

insert into target_group (code, name_vi, name_en, sort_order) values
    ('PUBLIC_SECTOR', 'Cán bộ, công chức, viên chức và người lao động khu vực công',
        'Public-sector staff (officials, civil servants, public employees and workers)', 10),
    ('STUDENTS', 'Học sinh, sinh viên', 'Pupils and students', 20),
    ('WORKERS', 'Người lao động trong doanh nghiệp, hợp tác xã', 'Enterprise and cooperative workers', 30),
    ('ADULTS', 'Người dân trong độ tuổi trưởng thành', 'Adult residents', 40),
    ('ELDERLY', 'Người cao tuổi', 'Elderly people', 50);

insert into indicator (code, kind, per_group, name_vi, name_en, sort_order) values
    ('TRAINED_SHARE', 'SHARE_OF_GROUP', true, 'Tỷ lệ được phổ cập kiến thức, kỹ năng số',
        'Share trained in basic digital skills', 10),
    ('VNEID_COUNT', 'COUNT', true, 'Số người được xác thực VNeID', 'People confirmed on VNeID', 20),
    ('VNEID_SHARE', 'SHARE_OF_GROUP', true, 'Tỷ lệ được xác thực VNeID', 'Share confirmed on VNeID', 30),
    ('CLASSES_HELD', 'COUNT', false, 'Số lớp bồi dưỡng đã tổ chức', 'Classes held', 40),
    ('DIGITAL_TEAMS', 'COUNT', false, 'Số tổ công nghệ số cộng đồng', 'Community digital technology teams', 50),
    ('DIGITAL_TEAM_MEMBERS', 'COUNT', false, 'Số thành viên tổ công nghệ số cộng đồng',
        'Members of community digital technology teams', 60),
    ('DOSSIERS_SUPPORTED', 'COUNT', false, 'Số hồ sơ được tình nguyện viên hỗ trợ',
        'Dossiers supported by volunteers', 70);
