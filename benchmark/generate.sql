-- A province at scale, generated in PostgreSQL with generate_series (docs/benchmarks.md), into a
-- database the application has migrated and loaded with the reference data. Deterministic for a
-- seed. psql variables (bin/generate-province sets them):
--   seed (0..1), province (2-digit code), communes (how many of its communes), learners, classes,
--   sessions (per class), enrolments (per learner), attendance (share of marks recorded), teams.
-- The counters are rebuilt afterwards by the application's own recompute.
\set ON_ERROR_STOP on
select setseed(:seed) \g /dev/null
set synchronous_commit = off;
set maintenance_work_mem = '512MB';
set work_mem = '256MB';

\echo phase communes
-- the communes, each with a weight: a 10-fold spread between the smallest and the largest
create temporary table gen_commune as
select c.id, c.province_id, n, 1.0 + 9.0 * power(random(), 2) as weight
from (select c.*, row_number() over (order by c.code) as n
      from commune c join province p on p.id = c.province_id
      where p.code = :'province' and c.valid_to is null) c
where n <= :communes;
create temporary table gen_share as
select id, province_id, n, weight / sum(weight) over () as share from gen_commune;
create temporary table gen_count as
select id, province_id, n,
       greatest(2, round(share * :learners))::int as learners,
       greatest(2, round(share * :classes))::int as classes
from gen_share;
create temporary table gen_group as select id, code, row_number() over (order by sort_order) as g from target_group;

\echo phase baselines-and-targets
insert into population_baseline (province_id, commune_id, group_id, year, head_count, updated_at, updated_by)
select c.province_id, c.id, g.id, y, round(c.learners * (0.05 + 0.1 * g.g) / 0.6)::bigint, now(), 'generator'
from gen_count c cross join gen_group g cross join (values (2025), (2026)) v(y);
insert into population_baseline (province_id, commune_id, group_id, year, head_count, updated_at, updated_by)
select province_id, null, group_id, year, sum(head_count), now(), 'generator'
from population_baseline where updated_by = 'generator' and commune_id is not null
group by province_id, group_id, year;
-- the province's targets for 2025 and 2026 (shares per group, counts as numbers), each commune's
-- share of them, and the 2025 targets of the former provinces merged into it (inherited)
insert into kpi_target (province_id, commune_id, indicator_id, group_id, year, value, origin, updated_at, updated_by)
select p.id, null, i.id, case when i.per_group then g.id end, y,
       case when i.kind = 'SHARE_OF_GROUP' then 60 + 10 * (y - 2025) + 5 * (g.g % 3)
            else (:learners / 20 + 1000 * g.g) * (y - 2024) end,
       'ENTERED', now(), 'generator'
from (select distinct province_id as id from gen_count) p
cross join indicator i
cross join gen_group g
cross join (values (2025), (2026)) v(y)
where i.active and (i.per_group or g.g = 1);
insert into kpi_target (province_id, commune_id, indicator_id, group_id, year, value, origin, updated_at, updated_by)
select t.province_id, c.id, t.indicator_id, t.group_id, t.year,
       case when i.kind = 'SHARE_OF_GROUP' then t.value else round(t.value * s.share) end,
       'PROPORTIONAL', now(), 'generator'
from kpi_target t join indicator i on i.id = t.indicator_id
join gen_count c on c.province_id = t.province_id join gen_share s on s.id = c.id
where t.commune_id is null and t.updated_by = 'generator';
insert into kpi_target (province_id, commune_id, indicator_id, group_id, year, value, origin, updated_at, updated_by)
select f.id, null, t.indicator_id, t.group_id, 2025, round(t.value / 3), 'ENTERED', now(), 'generator'
from province f join kpi_target t on t.province_id = f.successor_id
where f.successor_id in (select province_id from gen_count) and t.commune_id is null and t.year = 2025;

\echo phase learners
-- bulk loading: foreign keys are checked once at the end instead of once per row
create temporary table gen_fk as
select conrelid::regclass::text as tbl, conname, pg_get_constraintdef(oid) as def
from pg_constraint where contype = 'f' and conrelid in ('learner'::regclass, 'enrollment'::regclass,
    'attendance'::regclass, 'class_session'::regclass, 'training_class'::regclass, 'training_class_group'::regclass);
select format('alter table %s drop constraint %I', tbl, conname) from gen_fk \gexec
alter table attendance drop constraint attendance_pkey;
-- the data versions' triggers (V15) would collect every generated row; new data needs no version
alter table training_class disable trigger user;
alter table class_session disable trigger user;
alter table enrollment disable trigger user;
alter table attendance disable trigger user;

-- 60 % have completed a course, spread over 2025 to now; 40 % confirmed on VNeID
insert into learner (commune_id, full_name, name_key, birth_year, gender, group_id, phone, citizen_id_hmac,
                     first_completed_on, vneid_confirmed_on, created_at, created_by)
select c.id, 'Người học ' || c.n || '-' || k, 'nguoi hoc ' || c.n || '-' || k, 1945 + (random() * 63)::int,
       case when random() < 0.52 then 'FEMALE' else 'MALE' end,
       (select id from gen_group where g = 1 + (k % 5)),
       case when random() < 0.5 then '09' || lpad((random() * 99999999)::int::text, 8, '0') end,
       case when random() < 0.7 then md5(c.id || '-' || k || '-' || :seed) || md5(k || '-' || c.id) end,
       d.completed, case when d.completed is not null and random() < 0.67 then d.completed + (random() * 30)::int end,
       now(), 'generator'
from gen_count c cross join lateral generate_series(1, c.learners) k
cross join lateral (select case when random() < 0.6
                                then least(current_date, date '2025-01-01' + (random() * 690)::int) end as completed) d;
update learner set vneid_confirmed_on = least(vneid_confirmed_on, current_date) where vneid_confirmed_on > current_date;

\echo phase classes
insert into training_class (commune_id, title, topic, format, organiser, start_date, end_date, place, capacity,
                            status, created_at, created_by, finished_on)
select c.id, 'Lớp kỹ năng số ' || j, (array['VNEID', 'PUBLIC_SERVICES', 'CASHLESS', 'BASIC_SKILLS'])[1 + j % 4],
       'IN_PERSON', 'DIGITAL_TECH_TEAM', s.start, s.start + 21, 'Nhà văn hoá khu phố ' || (1 + j % 30), 120,
       case when s.start + 21 < current_date then 'FINISHED' else 'RUNNING' end, now(), 'generator',
       case when s.start + 21 < current_date then s.start + 21 end
from gen_count c cross join lateral generate_series(1, c.classes) j
cross join lateral (select date '2025-01-06' + ((j * 7919 + c.n * 104729) % (current_date - date '2025-01-06' + 14))::int as start) s;
create temporary table gen_class as
select id, commune_id, row_number() over (partition by commune_id order by id) as j, start_date
from training_class where created_by = 'generator';
insert into training_class_group (class_id, group_id)
select c.id, g.id from gen_class c join gen_group g on g.g = 1 + c.j % 5;
insert into class_session (class_id, session_date, start_time)
select c.id, c.start_date + 7 * (s - 1), time '08:00' from gen_class c cross join generate_series(1, :sessions) s;

\echo phase enrolments
create temporary table gen_learner as
select id, commune_id, row_number() over (partition by commune_id order by id) as k, first_completed_on,
       vneid_confirmed_on
from learner where created_by = 'generator';
-- each learner in :enrolments classes of the commune; the first one holds their completion
insert into enrollment (class_id, learner_id, enrolled_on, completed_on, vneid_confirmed_on)
select cl.id, l.id, cl.start_date - 3, case when e = 1 then l.first_completed_on end,
       case when e = 1 then l.vneid_confirmed_on end
from gen_learner l join gen_count c on c.id = l.commune_id
cross join generate_series(1, :enrolments) e
join gen_class cl on cl.commune_id = l.commune_id
                 and cl.j = 1 + (l.k - 1 + (e - 1) * (c.classes / 2)) % c.classes;

\echo phase attendance
insert into attendance (session_id, learner_id, status)
select s.id, e.learner_id,
       case when r < 0.8 then 'PRESENT' when r < 0.9 then 'LATE' when r < 0.95 then 'EXCUSED' else 'ABSENT' end
from enrollment e join class_session s on s.class_id = e.class_id
cross join lateral (select random() as r) x
where e.class_id in (select id from gen_class) and s.session_date <= current_date and random() < :attendance;

\echo phase teams
insert into community_team (commune_id, kind, name, members, established_on, registered_on)
select c.id, case when t % 3 = 0 then 'YOUTH_VOLUNTEER' else 'DIGITAL_TECH' end, 'Tổ công nghệ số khu phố ' || t,
       5 + (random() * 10)::int, date '2025-01-01' + (random() * 300)::int, date '2025-01-01' + (random() * 300)::int
from gen_count c cross join lateral generate_series(1, greatest(1, :teams * c.learners / :learners)) t;
insert into team_activity (team_id, activity_date, title, people_guided, dossiers_supported, events_held,
                           created_at, created_by)
select t.id, least(current_date, t.established_on + 14 * a), 'Hướng dẫn người dân lần ' || a,
       (random() * 60)::int, (random() * 25)::int, 1, now(), 'generator'
from community_team t cross join generate_series(1, 12) a
where t.commune_id in (select id from gen_count);

\echo phase constraints
alter table attendance add constraint attendance_pkey primary key (session_id, learner_id);
select format('alter table %s add constraint %I %s', tbl, conname, def) from gen_fk \gexec
alter table training_class enable trigger user;
alter table class_session enable trigger user;
alter table enrollment enable trigger user;
alter table attendance enable trigger user;

\echo phase accounts
\ir users.sql

\echo phase analyze
analyze learner, training_class, training_class_group, class_session, enrollment, attendance, community_team,
        team_activity, population_baseline, kpi_target;
select (select count(*) from gen_count) as communes, (select count(*) from learner) as learners,
       (select count(*) from training_class) as classes, (select count(*) from class_session) as sessions,
       (select count(*) from enrollment) as enrolments, (select count(*) from attendance) as attendance,
       (select count(*) from community_team) as teams, (select count(*) from team_activity) as activities;
