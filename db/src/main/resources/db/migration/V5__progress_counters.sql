-- Progress counters (DESIGN §4): kept up to date in the same transaction as every write that
-- changes them, so dashboards read O(communes × groups × months) rows and never scan raw data.

-- what the progress engine counts for each indicator
alter table indicator add column metric varchar(30);
update indicator set metric = case code
    when 'TRAINED_SHARE' then 'TRAINED'
    when 'VNEID_COUNT' then 'VNEID_CONFIRMED'
    when 'VNEID_SHARE' then 'VNEID_CONFIRMED'
    when 'CLASSES_HELD' then 'CLASSES_HELD'
    when 'DIGITAL_TEAMS' then 'TEAMS'
    when 'DIGITAL_TEAM_MEMBERS' then 'TEAM_MEMBERS'
    when 'DOSSIERS_SUPPORTED' then 'DOSSIERS_SUPPORTED'
end;

-- the day a class was held to its end (counted as "classes held" while not cancelled)
alter table training_class add column finished_on date;
-- the day a team started to count: its founding day, or the day it was registered
alter table community_team add column registered_on date not null default current_date;

create table progress_counter (
    commune_id bigint      not null references commune (id),
    -- null for metrics not broken down by target group (classes, teams, dossiers)
    group_id   bigint references target_group (id),
    month      date        not null check (extract(day from month) = 1),
    metric     varchar(30) not null check (metric in ('TRAINED', 'VNEID_CONFIRMED', 'CLASSES_HELD', 'TEAMS',
                                                      'TEAM_MEMBERS', 'DOSSIERS_SUPPORTED', 'PEOPLE_GUIDED')),
    value      bigint      not null,
    updated_at timestamptz not null,
    unique nulls not distinct (commune_id, group_id, month, metric)
);
create index progress_counter_month_idx on progress_counter (month);
