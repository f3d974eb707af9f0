-- Commune data entry: classes and their sessions, learners, enrolments, attendance,
-- community digital technology teams and their activity reports.

create table training_class (
    id          bigserial primary key,
    commune_id  bigint       not null references commune (id),
    title       varchar(200) not null,
    topic       varchar(30)  not null check (topic in ('VNEID', 'PUBLIC_SERVICES', 'CASHLESS', 'DIGITAL_SAFETY',
                                                       'AI_TOOLS', 'ECOMMERCE', 'BASIC_SKILLS', 'OTHER')),
    format      varchar(20)  not null check (format in ('IN_PERSON', 'ONLINE', 'BLENDED')),
    organiser   varchar(30)  not null check (organiser in ('DIGITAL_TECH_TEAM', 'YOUTH_VOLUNTEERS', 'SCHOOL',
                                                           'ENTERPRISE', 'GOVERNMENT', 'OTHER')),
    start_date  date         not null,
    end_date    date         not null,
    place       varchar(200),
    capacity    int          not null check (capacity between 1 and 10000),
    status      varchar(20)  not null check (status in ('PLANNED', 'RUNNING', 'FINISHED', 'CANCELLED')),
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    created_by  varchar(60)  not null,
    check (end_date >= start_date)
);
create index training_class_commune_idx on training_class (commune_id, start_date desc);

create table training_class_group (
    class_id bigint not null references training_class (id) on delete cascade,
    group_id bigint not null references target_group (id),
    primary key (class_id, group_id)
);

create table class_session (
    id           bigserial primary key,
    class_id     bigint      not null references training_class (id),
    session_date date        not null,
    start_time   time,
    version      bigint      not null default 0,
    unique nulls not distinct (class_id, session_date, start_time)
);

create table learner (
    id                 bigserial primary key,
    commune_id         bigint       not null references commune (id),
    full_name          varchar(120) not null,
    name_key           varchar(120) not null,
    birth_year         int          not null,
    gender             varchar(10)  not null check (gender in ('MALE', 'FEMALE', 'OTHER')),
    group_id           bigint       not null references target_group (id),
    phone              varchar(20),
    -- keyed HMAC-SHA256 of the 12-digit citizen ID: recognises the same person, never readable back
    citizen_id_hmac    varchar(64) unique,
    -- a learner counts once: the first completion and the first VNeID confirmation, whichever class
    first_completed_on date,
    vneid_confirmed_on date,
    version            bigint       not null default 0,
    created_at         timestamptz  not null,
    created_by         varchar(60)  not null
);
create index learner_commune_name_idx on learner (commune_id, name_key);

create table enrollment (
    id                  bigserial primary key,
    class_id            bigint  not null references training_class (id),
    learner_id          bigint  not null references learner (id),
    enrolled_on         date    not null,
    completed_on        date,
    completion_override varchar(300),
    vneid_confirmed_on  date,
    version             bigint  not null default 0,
    unique (class_id, learner_id)
);
create index enrollment_learner_idx on enrollment (learner_id);

create table attendance (
    session_id bigint      not null references class_session (id),
    learner_id bigint      not null references learner (id),
    status     varchar(10) not null check (status in ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT')),
    primary key (session_id, learner_id)
);

create table community_team (
    id             bigserial primary key,
    commune_id     bigint       not null references commune (id),
    kind           varchar(20)  not null check (kind in ('DIGITAL_TECH', 'YOUTH_VOLUNTEER')),
    name           varchar(200) not null,
    members        int          not null check (members >= 0),
    established_on date,
    version        bigint       not null default 0
);

create table team_activity (
    id                    bigserial primary key,
    team_id               bigint       not null references community_team (id),
    activity_date         date         not null,
    title                 varchar(200) not null,
    people_guided         int          not null default 0 check (people_guided >= 0),
    dossiers_supported    int          not null default 0 check (dossiers_supported >= 0),
    events_held           int          not null default 0 check (events_held >= 0),
    digital_ambassadors   int          not null default 0 check (digital_ambassadors >= 0),
    ambassador_guided     int          not null default 0 check (ambassador_guided >= 0),
    created_at            timestamptz  not null,
    created_by            varchar(60)  not null
);
create index team_activity_team_idx on team_activity (team_id, activity_date);

-- One row per submitted create form: a second submit of the same form (double click, resend)
-- is recognised and refused instead of creating the thing twice.
create table form_submission (
    token        varchar(64) primary key,
    submitted_at timestamptz not null,
    submitted_by varchar(60) not null
);
