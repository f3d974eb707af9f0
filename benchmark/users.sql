-- The benchmark's accounts (password in :password): bench.tinh, staff of the province; bench.xa,
-- official of its largest commune (most learners).
\set ON_ERROR_STOP on
create extension if not exists pgcrypto;
delete from user_account where username in ('bench.tinh', 'bench.xa');
insert into user_account (username, display_name, password_hash, role, province_id, commune_id, created_at)
select 'bench.tinh', 'Cán bộ BCĐ (đo tải)', '{bcrypt}' || crypt(:'password', gen_salt('bf', 10)), 'PROVINCE_STAFF',
       p.id, null, now()
from province p where p.code = :'province';
insert into user_account (username, display_name, password_hash, role, province_id, commune_id, created_at)
select 'bench.xa', 'Cán bộ xã (đo tải)', '{bcrypt}' || crypt(:'password', gen_salt('bf', 10)), 'COMMUNE_OFFICIAL',
       c.province_id, c.id, now()
from commune c where c.id = (select commune_id from learner group by commune_id order by count(*) desc limit 1);
