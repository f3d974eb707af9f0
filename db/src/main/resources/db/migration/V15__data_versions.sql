-- Data versions: what the dashboards' caches are keyed by (DESIGN §4, docs/architecture.md). Each
-- write moves them in its own transaction, from triggers, so that no write path (a page, an import,
-- the recompute, a fix typed in psql) can forget to: a cached page read at a version is served
-- only while that version is current, on every instance.
--   counters: moves with the commune's progress counters (the province and commune dashboards);
--   records:  moves with its classes, sessions, enrolments and attendance (the commune dashboard's
--             classes of the month and what is missing).
-- Each move takes a new number from one sequence, which no rollback gives back: a commune's
-- committed versions only grow, so the sum over a province's communes moves with every commit. A
-- commune without a row is at version 0. Rows are locked by the writes of their commune only.
create sequence data_version_seq;
create table data_version (
    commune_id  bigint primary key references commune (id),
    -- the commune's province as of its last move (a commune changing province moves the reference)
    province_id bigint not null references province (id),
    counters    bigint not null default 0,
    records     bigint not null default 0
);
create index data_version_province_idx on data_version (province_id) include (counters);

-- moves with the plans and the geography every dashboard reads: targets, baselines, groups,
-- indicators, provinces, communes, their lineage and boundaries (rare writes, one row)
create table reference_data_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);
insert into reference_data_version (version) values (0);

-- moves the counters' or the records' version of the communes, in the order of their ids
create function bump_data_versions(communes bigint[], of_counters boolean) returns void
language sql as $$
    insert into data_version as v (commune_id, province_id, counters, records)
    select c, (select province_id from commune where id = c), case when of_counters then nextval('data_version_seq') else 0 end,
              case when of_counters then 0 else nextval('data_version_seq') end
    from (select distinct c from unnest(communes) as c where c is not null order by c) as moved (c)
    on conflict (commune_id) do update
        set province_id = excluded.province_id,
            counters = case when of_counters then excluded.counters else v.counters end,
            records = case when of_counters then v.records else excluded.records end
$$;

create function counters_changed() returns trigger language plpgsql as $$
begin
    perform bump_data_versions(array(select commune_id from changed), true);
    return null;
end $$;

create function classes_changed() returns trigger language plpgsql as $$
begin
    perform bump_data_versions(array(select commune_id from changed), false);
    return null;
end $$;

-- sessions and enrolments: the commune of their class
create function class_rows_changed() returns trigger language plpgsql as $$
begin
    perform bump_data_versions(array(select t.commune_id from (select distinct class_id from changed) x
                                     join training_class t on t.id = x.class_id), false);
    return null;
end $$;

create function attendance_changed() returns trigger language plpgsql as $$
begin
    perform bump_data_versions(array(select t.commune_id from (select distinct session_id from changed) x
                                     join class_session s on s.id = x.session_id
                                     join training_class t on t.id = s.class_id), false);
    return null;
end $$;

create function reference_changed() returns trigger language plpgsql as $$
begin
    update reference_data_version set version = nextval('data_version_seq');
    return null;
end $$;

-- one trigger per event: PostgreSQL gives a trigger with transition tables a single event
do $$
declare
    target record;
    event text;
begin
    for target in select * from (values ('progress_counter', 'counters_changed'),
                                        ('training_class', 'classes_changed'),
                                        ('class_session', 'class_rows_changed'),
                                        ('enrollment', 'class_rows_changed'),
                                        ('attendance', 'attendance_changed')) as t (tab, fn) loop
        foreach event in array array['insert', 'update', 'delete'] loop
            execute format('create trigger %I after %s on %I referencing %s table as changed '
                           'for each statement execute function %I()',
                           target.tab || '_' || event || '_version', event, target.tab,
                           case event when 'delete' then 'old' else 'new' end, target.fn);
        end loop;
    end loop;
    for target in select * from (values ('province'), ('commune'), ('commune_lineage'), ('commune_boundary_set'),
                                        ('target_group'), ('indicator'), ('population_baseline'), ('kpi_target')) as t (tab) loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function reference_changed()', target.tab || '_reference_version',
                       target.tab);
    end loop;
    -- a truncate has no transition table: it moves everything
    for target in select * from (values ('progress_counter'), ('training_class'), ('class_session'), ('enrollment'),
                                        ('attendance'), ('data_version')) as t (tab) loop
        execute format('create trigger %I after truncate on %I for each statement execute function reference_changed()',
                       target.tab || '_truncate_version', target.tab);
    end loop;
end $$;
