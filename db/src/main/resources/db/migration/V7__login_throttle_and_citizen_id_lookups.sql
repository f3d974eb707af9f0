-- Failed logins by account name and client address: repeated failures slow that client down
-- (per account and overall) instead of letting anyone lock an account out from anywhere.
-- Rows older than a day are deleted as new failures arrive.
create table login_failure (
    id             bigserial primary key,
    username_key   varchar(60)  not null,
    client_address varchar(64)  not null,
    failed_at      timestamptz  not null
);
create index login_failure_account_client_idx on login_failure (username_key, client_address, failed_at);
create index login_failure_client_idx on login_failure (client_address, failed_at);
create index login_failure_time_idx on login_failure (failed_at);

-- Look-ups of a person by citizen ID (CCCD), per user, for the hourly limit: a CCCD must not be a
-- way to probe who is registered anywhere in the country.
create table citizen_id_lookup (
    id           bigserial primary key,
    username     varchar(60) not null,
    looked_up_at timestamptz not null
);
create index citizen_id_lookup_user_idx on citizen_id_lookup (username, looked_up_at);
