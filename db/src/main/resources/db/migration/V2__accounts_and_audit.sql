create table user_account (
    id                 bigserial primary key,
    username           varchar(60)  not null,
    display_name       varchar(120) not null,
    password_hash      varchar(200) not null,
    role               varchar(30)  not null
        check (role in ('ADMIN', 'PROVINCE_STAFF', 'MANAGER', 'COMMUNE_OFFICIAL')),
    province_id        bigint references province (id),
    commune_id         bigint references commune (id),
    enabled            boolean      not null default true,
    failed_login_count int          not null default 0,
    locked_until       timestamptz,
    last_login_at      timestamptz,
    created_at         timestamptz  not null,
    version            bigint       not null default 0,
    -- the scope unit must fit the role
    check (
        (role = 'ADMIN' and province_id is null and commune_id is null)
        or (role = 'PROVINCE_STAFF' and province_id is not null and commune_id is null)
        or (role = 'MANAGER' and province_id is not null)
        or (role = 'COMMUNE_OFFICIAL' and province_id is not null and commune_id is not null)
    )
);
create unique index user_account_username_idx on user_account (lower(username));

-- Who changed what, when, before -> after. Written in the same transaction as the change.
create table audit_log (
    id           bigserial primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(60)  not null,
    action       varchar(60)  not null,
    entity_type  varchar(60)  not null,
    entity_id    varchar(100) not null,
    before_state jsonb,
    after_state  jsonb
);
create index audit_log_entity_idx on audit_log (entity_type, entity_id, occurred_at desc);
