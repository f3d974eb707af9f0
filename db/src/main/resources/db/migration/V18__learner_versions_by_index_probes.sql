-- V17's learner triggers joined the changed learners to all enrolments, which the planner may do by
-- reading a province's 6 million enrolments in a hash join for each statement (an import of 100,000
-- learners is one insert statement; each completion updates its learner). Here the insert trigger
-- takes 27 ms of a 3.7 s insert of 100,000 learners (EXPLAIN ANALYZE, rolled back).
-- A new learner has no enrolment yet (an enrolment needs the learner first), so an insert moves only
-- the learners' own communes; an update or delete finds the classes of each changed learner by one
-- index probe (enrollment_learner_idx), fenced by offset 0 so that it stays one probe per learner.
create function learners_added() returns trigger language plpgsql as $$
begin
    perform bump_data_versions(array(select distinct commune_id from changed), false);
    return null;
end $$;

create or replace function learners_changed() returns trigger language plpgsql as $$
begin
    perform bump_data_versions(array(select commune_id from changed
                                     union
                                     select t.commune_id
                                     from (select distinct id from changed) l
                                     cross join lateral (select e.class_id from enrollment e
                                                         where e.learner_id = l.id offset 0) e
                                     join training_class t on t.id = e.class_id), false);
    return null;
end $$;

drop trigger learner_insert_version on learner;
create trigger learner_insert_version after insert on learner referencing new table as changed
    for each statement execute function learners_added();
