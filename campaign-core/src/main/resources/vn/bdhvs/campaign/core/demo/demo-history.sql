-- The demo profile's generated history (DemoHistoryGenerator): ILLUSTRATIVE data, not official
-- statistics, except where a comment cites a press figure from the seed articles.
--
-- Set-based and deterministic: every "random" choice is a hash (md5) of the row's identity, so the
-- same day gives the same data. Dates run from :start to :until (today, at most 31/12/2026), never
-- after. Parameters: :start, :until, :actor, and the name parts as array literals.
-- Statements are separated by a semicolon at the end of a line.

create or replace function pg_temp.demo_r(k text) returns double precision language sql immutable
    as $$ select ('x' || substr(md5(k), 1, 8))::bit(32)::bigint / 4294967296.0 $$;

-- The communes with classes and learners, and how well each is doing: perf 1.0 reaches the target
-- by 31/12 at today's rate; 0.55 to 1.25 gives communes on track, at risk and behind.
create temp table demo_unit on commit drop as
select c.id as commune_id, c.province_id, c.code, c.name, c.kind, u.ord,
       0.55 + 0.7 * ((u.ord * 0.6180339887 + 0.3) - floor(u.ord * 0.6180339887 + 0.3)) as perf
from (values
    -- Hồ Chí Minh City: former Bình Dương wards (its plan is the seed's), and a central ward
    ('79', 1, '25747'), ('79', 2, '25750'), ('79', 3, '25760'), ('79', 4, '25813'), ('79', 5, '25837'),
    ('79', 6, '25888'), ('79', 7, '25942'), ('79', 8, '25978'), ('79', 9, '25777'), ('79', 10, '26740'),
    -- Đà Nẵng, with former Quảng Nam communes
    ('48', 1, '20242'), ('48', 2, '20263'), ('48', 3, '20341'), ('48', 4, '20410'), ('48', 5, '20551'),
    ('48', 6, '20900'),
    -- Phú Thọ: Phường Vĩnh Phúc (former Khai Quang) and Xã Yên Lạc (former Đồng Cương) are in the Vĩnh Phúc article
    ('25', 1, '08716'), ('25', 2, '09025'), ('25', 3, '08707'), ('25', 4, '07900'), ('25', 5, '04795'),
    -- Lâm Đồng, with former Bình Thuận and Đắk Nông communes
    ('68', 1, '24778'), ('68', 2, '24781'), ('68', 3, '24823'), ('68', 4, '22945'), ('68', 5, '24615'),
    -- Thái Nguyên: Phường Đức Xuân is in the Thái Nguyên article
    ('19', 1, '05443'), ('19', 2, '05467'), ('19', 3, '05860'), ('19', 4, '01840'), ('19', 5, '05830')
) as u(province_code, ord, code)
join commune c on c.code = u.code and c.valid_to is null
join province p on p.id = c.province_id and p.code = u.province_code;

-- Seed article 004: 9,150 learners of Thái Nguyên's online course by 22/07/2025, 6,776 of them
-- public-sector staff and 2,374 youth union members (counted as adults). Spread over all its communes.
create temp table demo_wave on commit drop as
select c.id as commune_id, c.code, g.id as group_id, g.code as group_code,
       (floor(w.total * r.rn / r.n) - floor(w.total * (r.rn - 1) / r.n))::int as learners
from (select c.id, c.province_id, row_number() over (order by c.code) as rn, count(*) over () as n
      from commune c join province p on p.id = c.province_id
      where p.code = '19' and c.valid_to is null) r
join commune c on c.id = r.id
cross join (values ('PUBLIC_SECTOR', 6776), ('ADULTS', 2374)) as w(group_code, total)
join target_group g on g.code = w.group_code;

-- Population baselines of the provinces (ILLUSTRATIVE orders of magnitude after the 2025 mergers).
insert into population_baseline (province_id, commune_id, group_id, year, head_count, updated_at, updated_by)
select p.id, null, g.id, y.year, b.head_count, now(), :actor
from (values
    ('79', 'PUBLIC_SECTOR', 280000), ('79', 'STUDENTS', 2800000), ('79', 'WORKERS', 4200000),
    ('79', 'ADULTS', 10100000), ('79', 'ELDERLY', 1700000),
    ('48', 'PUBLIC_SECTOR', 62000), ('48', 'STUDENTS', 610000), ('48', 'WORKERS', 520000),
    ('48', 'ADULTS', 2150000), ('48', 'ELDERLY', 370000),
    ('25', 'PUBLIC_SECTOR', 78000), ('25', 'STUDENTS', 830000), ('25', 'WORKERS', 690000),
    ('25', 'ADULTS', 2750000), ('25', 'ELDERLY', 470000),
    ('68', 'PUBLIC_SECTOR', 74000), ('68', 'STUDENTS', 820000), ('68', 'WORKERS', 480000),
    ('68', 'ADULTS', 2700000), ('68', 'ELDERLY', 400000),
    ('19', 'PUBLIC_SECTOR', 45000), ('19', 'STUDENTS', 370000), ('19', 'WORKERS', 330000),
    ('19', 'ADULTS', 1250000), ('19', 'ELDERLY', 230000)
) as b(province_code, group_code, head_count)
join province p on p.code = b.province_code
join target_group g on g.code = b.group_code
cross join (values (2025), (2026)) as y(year)
on conflict do nothing;

-- Commune baselines (ILLUSTRATIVE) for every commune with learners; a ward is larger than a commune.
-- Adults keep the figure the demo campaign already gave Hồ Chí Minh City's wards for 2025.
create temp table demo_base on commit drop as
select c.id as commune_id, c.province_id, g.id as group_id, g.code as group_code,
       coalesce(existing.head_count,
           round((case c.kind when 'PHUONG' then 1.3 else 1.0 end) * case g.code
               when 'PUBLIC_SECTOR' then 150 + 350 * pg_temp.demo_r(c.code || 'pub')
               when 'STUDENTS' then 1400 + 2600 * pg_temp.demo_r(c.code || 'stu')
               when 'WORKERS' then 1200 + 4800 * pg_temp.demo_r(c.code || 'wrk')
               when 'ADULTS' then 12000 + 30000 * pg_temp.demo_r(c.code || 'adu')
               else 1500 + 2500 * pg_temp.demo_r(c.code || 'eld') end))::bigint as head_count
from commune c
join target_group g on g.code in ('PUBLIC_SECTOR', 'STUDENTS', 'WORKERS', 'ADULTS', 'ELDERLY')
left join population_baseline existing on existing.commune_id = c.id and existing.group_id = g.id
    and existing.year = 2025
where c.id in (select commune_id from demo_unit union select commune_id from demo_wave);

insert into population_baseline (province_id, commune_id, group_id, year, head_count, updated_at, updated_by)
select b.province_id, b.commune_id, b.group_id, y.year, b.head_count, now(), :actor
from demo_base b cross join (values (2025), (2026)) as y(year)
on conflict do nothing;

-- Targets of the current provinces (ILLUSTRATIVE: the seeds give these provinces' results, not their
-- plans, so the national movement's usual figures stand in). Bình Dương's and Quảng Nam's real plans
-- are entered on the former provinces by the demo campaign.
insert into kpi_target (province_id, commune_id, indicator_id, group_id, year, value, origin, updated_at, updated_by)
select p.id, null, i.id, g.id, t.year, t.value, 'ENTERED', now(), :actor
from (values
    -- Đà Nẵng 2026: Quảng Nam's 2025 plan carried on, public-sector staff raised to 100 %
    ('48', 2026, 'TRAINED_SHARE', 'PUBLIC_SECTOR', 100), ('48', 2026, 'TRAINED_SHARE', 'STUDENTS', 100),
    ('48', 2026, 'TRAINED_SHARE', 'ADULTS', 80), ('48', 2026, 'TRAINED_SHARE', 'WORKERS', 80),
    ('48', 2026, 'VNEID_SHARE', 'ADULTS', 50),
    ('25', 2025, 'TRAINED_SHARE', 'PUBLIC_SECTOR', 80), ('25', 2025, 'TRAINED_SHARE', 'STUDENTS', 100),
    ('25', 2026, 'TRAINED_SHARE', 'PUBLIC_SECTOR', 100), ('25', 2026, 'TRAINED_SHARE', 'STUDENTS', 100),
    -- Phú Thọ keeps Vĩnh Phúc's 1,240 community digital technology teams (seed article 002)
    ('25', 2025, 'DIGITAL_TEAMS', null, 1240), ('25', 2026, 'DIGITAL_TEAMS', null, 1240),
    ('25', 2026, 'DIGITAL_TEAM_MEMBERS', null, 10200),
    ('68', 2025, 'TRAINED_SHARE', 'PUBLIC_SECTOR', 80), ('68', 2025, 'TRAINED_SHARE', 'STUDENTS', 100),
    ('68', 2026, 'TRAINED_SHARE', 'PUBLIC_SECTOR', 100), ('68', 2026, 'TRAINED_SHARE', 'STUDENTS', 100),
    -- Lâm Đồng: more than its 132 youth volunteer teams and 3,900 dossiers of mid-2025 (seed article 003)
    ('68', 2025, 'DIGITAL_TEAMS', null, 140), ('68', 2026, 'DIGITAL_TEAMS', null, 150),
    ('68', 2025, 'DOSSIERS_SUPPORTED', null, 8000), ('68', 2026, 'DOSSIERS_SUPPORTED', null, 30000),
    ('19', 2025, 'TRAINED_SHARE', 'PUBLIC_SECTOR', 80), ('19', 2025, 'TRAINED_SHARE', 'STUDENTS', 100),
    ('19', 2026, 'TRAINED_SHARE', 'PUBLIC_SECTOR', 100), ('19', 2026, 'TRAINED_SHARE', 'STUDENTS', 100),
    ('19', 2026, 'CLASSES_HELD', null, 400),
    ('79', 2026, 'CLASSES_HELD', null, 260), ('48', 2026, 'CLASSES_HELD', null, 140)
) as t(province_code, year, indicator_code, group_code, value)
join province p on p.code = t.province_code
join indicator i on i.code = t.indicator_code
left join target_group g on g.code = t.group_code
on conflict do nothing;

-- What each commune aims at per group: the share of the group trained by 31/12 at perf 1.0.
-- Public-sector staff and pupils are trained in full (the plans say 100 %), the others in part.
create temp table demo_need on commit drop as
select u.commune_id, u.code, u.name, u.kind, u.perf, b.group_id, b.group_code,
       greatest(0, round(b.head_count * case b.group_code
           when 'PUBLIC_SECTOR' then 1.0 when 'STUDENTS' then 0.08 when 'WORKERS' then 0.05
           when 'ADULTS' then 0.008 else 0.03 end * u.perf / 1.06 / 0.9)
           - coalesce(w.learners, 0))::int as learners
from demo_unit u
join demo_base b on b.commune_id = u.commune_id
left join demo_wave w on w.commune_id = u.commune_id and w.group_id = b.group_id;

-- The classes: per commune and group a number of classes of a typical size, spread evenly from
-- :start to :until; each class has 2 to 4 weekly sessions. A class whose last session is past is
-- finished; one still running ends today at the latest. About one class in 40 was cancelled.
create temp table demo_class on commit drop as
select nextval(pg_get_serial_sequence('training_class', 'id')) as class_id, x.*,
       x.code || '/' || x.group_code || '/' || x.k as ckey,
       (x.start_date + 7 * (x.sessions - 1) <= :until) as finished,
       least(x.start_date + 7 * (x.sessions - 1), :until) as end_date,
       pg_temp.demo_r(x.code || '/' || x.group_code || '/' || x.k || 'x') < 0.025 as cancelled
from (
    select n.commune_id, n.code, n.name, n.kind, n.perf, n.group_id, n.group_code, k.k, k.classes,
           (:start + floor((k.k + pg_temp.demo_r(n.code || n.group_code || k.k)) / k.classes
               * ((:until - 3) - :start))::int) as start_date,
           case n.group_code when 'STUDENTS' then 1 when 'ADULTS' then 3 when 'ELDERLY' then 3 else 2 end as sessions,
           greatest(5, round(n.learners::numeric / k.classes
               * (0.8 + 0.4 * pg_temp.demo_r(n.code || n.group_code || k.k || 's'))))::int as seats
    from demo_need n
    cross join lateral (select greatest(1, round(n.learners / case n.group_code when 'STUDENTS' then 110.0
        when 'PUBLIC_SECTOR' then 45.0 when 'WORKERS' then 55.0 when 'ADULTS' then 40.0 else 25.0 end))::int
        as classes) c
    cross join lateral (select generate_series(0, c.classes - 1) as k, c.classes) k
    where n.learners > 0
) x;

-- Thái Nguyên's online course (seed article 004): one class per commune and group, held before 22/07/2025.
insert into demo_class (class_id, commune_id, code, name, kind, perf, group_id, group_code, k, classes,
                        start_date, sessions, seats, ckey, finished, end_date, cancelled)
select nextval(pg_get_serial_sequence('training_class', 'id')), w.commune_id, w.code, c.name, c.kind, 1.0,
       w.group_id, w.group_code, -1, 1, least(date '2025-06-09', :until - 7), 2, w.learners,
       w.code || '/' || w.group_code || '/wave', true, least(date '2025-06-16', :until), false
from demo_wave w join commune c on c.id = w.commune_id
where w.learners > 0;

insert into training_class (id, commune_id, title, topic, format, organiser, start_date, end_date, place, capacity,
                            status, finished_on, created_at, created_by)
select d.class_id, d.commune_id,
       case when d.k < 0 then 'Bồi dưỡng kỹ năng số, ứng dụng AI trên nền tảng trực tuyến (năm 2025)'
            else t.title || t.audience || ' – lớp ' || (d.k + 1) end,
       t.topic, t.format, t.organiser, d.start_date, d.end_date,
       case when t.format = 'ONLINE' then 'Trực tuyến (nền tảng MOOC Bình dân học vụ số)'
            when t.organiser = 'SCHOOL' then 'Trường học trên địa bàn ' || d.name
            when t.organiser = 'ENTERPRISE' then 'Phòng đào tạo doanh nghiệp, ' || d.name
            when d.kind = 'PHUONG' then 'Nhà văn hóa khu phố ' || (1 + d.k % 9) || ', ' || d.name
            else 'Hội trường UBND ' || d.name end,
       d.seats + 5 + (5 - d.seats % 5),
       case when d.cancelled then 'CANCELLED' when d.finished then 'FINISHED' else 'RUNNING' end,
       case when d.finished and not d.cancelled then d.end_date end,
       (d.start_date - 10 + time '09:00') at time zone 'Asia/Ho_Chi_Minh', :actor
from demo_class d
cross join lateral (
    select case when d.k < 0 then (case d.group_code when 'PUBLIC_SECTOR' then 'AI_TOOLS' else 'BASIC_SKILLS' end)
                else (case d.group_code
                    when 'PUBLIC_SECTOR' then array['BASIC_SKILLS', 'PUBLIC_SERVICES', 'AI_TOOLS', 'DIGITAL_SAFETY']
                    when 'STUDENTS' then array['DIGITAL_SAFETY', 'AI_TOOLS', 'BASIC_SKILLS', 'DIGITAL_SAFETY']
                    when 'WORKERS' then array['ECOMMERCE', 'CASHLESS', 'DIGITAL_SAFETY', 'BASIC_SKILLS']
                    when 'ADULTS' then array['VNEID', 'PUBLIC_SERVICES', 'CASHLESS', 'DIGITAL_SAFETY']
                    else array['VNEID', 'CASHLESS', 'DIGITAL_SAFETY', 'BASIC_SKILLS'] end)[1 + d.k % 4] end as topic
) tp
cross join lateral (
    select tp.topic,
           case tp.topic when 'VNEID' then 'Cài đặt và sử dụng ứng dụng VNeID'
               when 'PUBLIC_SERVICES' then 'Nộp hồ sơ trên Cổng Dịch vụ công quốc gia'
               when 'CASHLESS' then 'Thanh toán không dùng tiền mặt an toàn'
               when 'DIGITAL_SAFETY' then 'An toàn trên không gian mạng'
               when 'AI_TOOLS' then 'Ứng dụng trí tuệ nhân tạo (AI) trong công việc'
               when 'ECOMMERCE' then 'Bán hàng trên sàn thương mại điện tử'
               else 'Kỹ năng số cơ bản' end as title,
           case d.group_code when 'PUBLIC_SECTOR' then ' cho cán bộ, công chức'
               when 'STUDENTS' then ' cho học sinh, sinh viên' when 'WORKERS' then ' cho người lao động'
               when 'ADULTS' then ' cho người dân' else ' cho người cao tuổi' end as audience,
           case when d.k < 0 then 'ONLINE'
                when d.group_code = 'PUBLIC_SECTOR' then (array['BLENDED', 'ONLINE'])[1 + d.k % 2]
                else 'IN_PERSON' end as format,
           case when d.k < 0 and d.group_code = 'ADULTS' then 'YOUTH_VOLUNTEERS'
                else (case d.group_code when 'PUBLIC_SECTOR' then 'GOVERNMENT' when 'STUDENTS' then 'SCHOOL'
                    when 'WORKERS' then 'ENTERPRISE' when 'ADULTS' then
                        (array['DIGITAL_TECH_TEAM', 'YOUTH_VOLUNTEERS'])[1 + d.k % 2]
                    else 'DIGITAL_TECH_TEAM' end) end as organiser
) t;

insert into training_class_group (class_id, group_id)
select class_id, group_id from demo_class;

insert into class_session (class_id, session_date, start_time)
select d.class_id, d.start_date + 7 * s.i,
       (array[time '08:00', time '14:00', time '19:00'])[1 + floor(3 * pg_temp.demo_r(d.ckey || 't'))::int]
from demo_class d
cross join lateral generate_series(0, d.sessions - 1) as s(i)
where not d.cancelled and d.start_date + 7 * s.i <= :until;

-- One new learner per seat. A learner of a finished class completed it on its last day (about 9 in
-- 10); some of those were confirmed on VNeID within the week, most of all after a VNeID class.
create temp table demo_seat on commit drop as
select nextval(pg_get_serial_sequence('learner', 'id')) as learner_id, d.class_id, d.commune_id, d.group_id,
       d.group_code, d.start_date, d.end_date, d.finished, s.i,
       d.ckey || '/' || s.i as seed,
       d.finished and pg_temp.demo_r(d.ckey || '/' || s.i || 'c') < 0.86 + 0.06 * least(d.perf, 1.0) as completed
from demo_class d
cross join lateral generate_series(1, d.seats) as s(i)
where not d.cancelled;

create temp table demo_person on commit drop as
select s.*,
       case when s.completed then s.end_date end as completed_on,
       case when s.completed and pg_temp.demo_r(s.seed || 'v') < (case
                when c.topic = 'VNEID' then 0.92 when s.group_code = 'STUDENTS' then 0.25
                when s.group_code = 'PUBLIC_SECTOR' then 0.7 else 0.45 end)
            then least(s.end_date + floor(7 * pg_temp.demo_r(s.seed || 'vd'))::int, :until) end as vneid_on,
       pg_temp.demo_r(s.seed || 'g') < (case s.group_code when 'ELDERLY' then 0.58 else 0.52 end) as female,
       case s.group_code when 'STUDENTS' then 2004 + floor(10 * pg_temp.demo_r(s.seed || 'y'))
           when 'PUBLIC_SECTOR' then 1966 + floor(36 * pg_temp.demo_r(s.seed || 'y'))
           when 'WORKERS' then 1972 + floor(34 * pg_temp.demo_r(s.seed || 'y'))
           when 'ADULTS' then 1961 + floor(45 * pg_temp.demo_r(s.seed || 'y'))
           else 1940 + floor(24 * pg_temp.demo_r(s.seed || 'y')) end::int as birth_year
from demo_seat s join training_class c on c.id = s.class_id;

insert into learner (id, commune_id, full_name, name_key, birth_year, gender, group_id, first_completed_on,
                     vneid_confirmed_on, created_at, created_by)
select p.learner_id, p.commune_id,
       f.names[1 + fi] || ' ' || m.names[1 + mi] || ' ' || g.names[1 + gi],
       f.keys[1 + fi] || ' ' || m.keys[1 + mi] || ' ' || g.keys[1 + gi],
       p.birth_year, case when p.female then 'FEMALE' else 'MALE' end, p.group_id, p.completed_on, p.vneid_on,
       (p.start_date - 3 + time '10:00') at time zone 'Asia/Ho_Chi_Minh', :actor
from demo_person p
cross join lateral (select cast(:familyNames as text[]) as names, cast(:familyKeys as text[]) as keys) f
cross join lateral (select case when p.female then cast(:femaleMiddleNames as text[]) else cast(:maleMiddleNames as text[]) end as names,
                           case when p.female then cast(:femaleMiddleKeys as text[]) else cast(:maleMiddleKeys as text[]) end as keys) m
cross join lateral (select case when p.female then cast(:femaleGivenNames as text[]) else cast(:maleGivenNames as text[]) end as names,
                           case when p.female then cast(:femaleGivenKeys as text[]) else cast(:maleGivenKeys as text[]) end as keys) g
cross join lateral (select floor(pg_temp.demo_r(p.seed || 'f') ^ 2 * cardinality(f.names))::int as fi,
                           floor(pg_temp.demo_r(p.seed || 'm') * cardinality(m.names))::int as mi,
                           floor(pg_temp.demo_r(p.seed || 'n') * cardinality(g.names))::int as gi) ix;

insert into enrollment (class_id, learner_id, enrolled_on, completed_on, vneid_confirmed_on)
select p.class_id, p.learner_id, p.start_date - 3, p.completed_on, p.vneid_on
from demo_person p;

-- Those who completed attended every session; the others missed some; in a running class most come.
insert into attendance (session_id, learner_id, status)
select cs.id, p.learner_id,
       case when p.completed then (case when r < 0.9 then 'PRESENT' else 'LATE' end)
            when p.finished then (case when r < 0.35 then 'PRESENT' when r < 0.45 then 'LATE'
                                       when r < 0.6 then 'EXCUSED' else 'ABSENT' end)
            else (case when r < 0.85 then 'PRESENT' when r < 0.92 then 'LATE'
                       when r < 0.96 then 'EXCUSED' else 'ABSENT' end) end
from demo_person p
join class_session cs on cs.class_id = p.class_id
cross join lateral (select pg_temp.demo_r(p.seed || '@' || (cs.session_date - p.start_date)) as r) x;

-- Community digital technology teams of the communes with learners (1 to 3 each), and youth
-- volunteers in about half of them. Phú Thọ's and Lâm Đồng's teams follow the press figures below.
create temp table demo_team on commit drop as
select nextval(pg_get_serial_sequence('community_team', 'id')) as team_id, x.*
from (
    select u.commune_id, u.code || '/dt/' || t.i as tkey, 'DIGITAL_TECH' as kind, false as lam_dong_youth,
           'Tổ công nghệ số cộng đồng ' || (case when u.kind = 'PHUONG' then 'khu phố ' else 'thôn ' end) || t.i as name,
           6 + floor(10 * pg_temp.demo_r(u.code || 'tm' || t.i))::int as members,
           least(date '2025-03-10' + floor(150 * pg_temp.demo_r(u.code || 'te' || t.i))::int, :until) as established_on
    from demo_unit u
    cross join lateral generate_series(1, 1 + floor(3 * pg_temp.demo_r(u.code || 'tn'))::int) as t(i)
    where u.commune_id not in (select l.commune_id from commune_lineage l
                               join province op on op.id = l.old_province_id where op.name = 'Vĩnh Phúc')
    union all
    select u.commune_id, u.code || '/yv', 'YOUTH_VOLUNTEER', false, 'Đội thanh niên tình nguyện hỗ trợ chuyển đổi số',
           8 + floor(15 * pg_temp.demo_r(u.code || 'ym'))::int,
           least(date '2025-04-01' + floor(120 * pg_temp.demo_r(u.code || 'ye'))::int, :until)
    from demo_unit u join province p on p.id = u.province_id
    where p.code <> '68' and pg_temp.demo_r(u.code || 'y') < 0.5
    union all
    -- Seed article 002: 1,240 teams with nearly 9,900 members in Vĩnh Phúc (now Phú Thọ), formed before the merger
    select c.id, 'vp/' || j, 'DIGITAL_TECH', false, 'Tổ công nghệ số cộng đồng số ' || (1 + j / c.n),
           case when j < 25 then 7 else 8 end,
           date '2024-04-01' + floor(330 * pg_temp.demo_r('vp' || j))::int
    from generate_series(0, 1239) as j
    join (select c.id, row_number() over (order by c.code) - 1 as rn, count(*) over () as n
          from commune c join province p on p.id = c.province_id
          where p.code = '25' and c.valid_to is null and c.id in (
              select l.commune_id from commune_lineage l join province op on op.id = l.old_province_id
              where op.name = 'Vĩnh Phúc')) c on c.rn = j % c.n
    union all
    -- Seed article 003: 132 youth volunteer teams with over 1,400 volunteers in Lâm Đồng's 124 communes
    select c.id, 'ld/' || j, 'YOUTH_VOLUNTEER', true, 'Đội hình thanh niên tình nguyện ' || (1 + j / c.n),
           case when j < 92 then 11 else 10 end,
           least(date '2025-07-01' + (j % 20), :until)
    from generate_series(0, 131) as j
    join (select c.id, row_number() over (order by c.code) - 1 as rn, count(*) over () as n
          from commune c join province p on p.id = c.province_id
          where p.code = '68' and c.valid_to is null) c on c.rn = j % c.n
) x;

insert into community_team (id, commune_id, kind, name, members, established_on, registered_on)
select team_id, commune_id, kind, name, members, established_on, established_on from demo_team;

-- Monthly activity reports (about 7 months in 10 for each team). Lâm Đồng's youth teams each
-- reported in August 2025 the dossiers of seed article 003: nearly 3,900 in all.
insert into team_activity (team_id, activity_date, title, people_guided, dossiers_supported, events_held,
                           digital_ambassadors, ambassador_guided, created_at, created_by)
select t.team_id, a.activity_date,
       case when t.kind = 'YOUTH_VOLUNTEER' then 'Hỗ trợ người dân tại Trung tâm Phục vụ hành chính công'
            else (array['Hướng dẫn người dân cài đặt, sử dụng VNeID', 'Hướng dẫn nộp hồ sơ dịch vụ công trực tuyến',
                        'Tuyên truyền kỹ năng số tại khu dân cư', 'Hướng dẫn thanh toán không dùng tiền mặt'])
                 [1 + floor(4 * pg_temp.demo_r(a.akey || 'a'))::int] end,
       a.people_guided, a.dossiers, a.events, a.ambassadors,
       a.ambassadors * (5 + floor(4 * pg_temp.demo_r(a.akey || 'ag'))::int),
       (a.activity_date + time '17:00') at time zone 'Asia/Ho_Chi_Minh', :actor
from demo_team t
cross join lateral (
    select k.akey, least(m.m::date + floor(27 * pg_temp.demo_r(k.akey || 'd'))::int, :until) as activity_date,
           (case when t.kind = 'YOUTH_VOLUNTEER' then 8 + floor(30 * pg_temp.demo_r(k.akey || 'p'))
                 else 10 + floor(45 * pg_temp.demo_r(k.akey || 'p')) end)::int as people_guided,
           (case when t.kind = 'YOUTH_VOLUNTEER' then 4 + floor(22 * pg_temp.demo_r(k.akey || 'h'))
                 else floor(7 * pg_temp.demo_r(k.akey || 'h')) end)::int as dossiers,
           floor(2.4 * pg_temp.demo_r(k.akey || 'e'))::int as events,
           floor(3.5 * pg_temp.demo_r(k.akey || 'b'))::int as ambassadors
    from generate_series(date_trunc('month', greatest(t.established_on, :start)::timestamp),
                         date_trunc('month', :until::timestamp), interval '1 month') as m(m)
    cross join lateral (select t.tkey || '@' || to_char(m.m, 'YYYY-MM') as akey) k
    where pg_temp.demo_r(k.akey || 'r') < 0.7 and not (t.lam_dong_youth and m.m < date '2025-09-01')
    union all
    select t.tkey || '@report', least(date '2025-08-10', :until), 120 + floor(40 * pg_temp.demo_r(t.tkey))::int,
           case when substring(t.tkey from '[0-9]+$')::int < 58 then 30 else 29 end, 1, 0
    where t.lam_dong_youth
) a;
