-- Learners move the records version (V15) of the communes whose pages show them: the commune they
-- are registered in, and every commune holding a class they are enrolled in (someone registered
-- elsewhere may attend a class here). Class pages and attendance sheets are kept per records version
-- (KeptPages), and show learners' names, birth years and completions. A learner moved to another
-- commune moves the commune they left too.
create function learners_changed() returns trigger language plpgsql as $$
begin
    perform bump_data_versions(array(select commune_id from changed
                                     union
                                     select t.commune_id from (select distinct id from changed) l
                                     join enrollment e on e.learner_id = l.id
                                     join training_class t on t.id = e.class_id), false);
    return null;
end $$;

create function learners_moved() returns trigger language plpgsql as $$
begin
    perform bump_data_versions(array(select b.commune_id from before b join changed c on c.id = b.id
                                     where c.commune_id <> b.commune_id), false);
    return null;
end $$;

create trigger learner_insert_version after insert on learner referencing new table as changed
    for each statement execute function learners_changed();
create trigger learner_update_version after update on learner referencing new table as changed
    for each statement execute function learners_changed();
create trigger learner_moved_version after update on learner referencing old table as before new table as changed
    for each statement execute function learners_moved();
create trigger learner_delete_version after delete on learner referencing old table as changed
    for each statement execute function learners_changed();
create trigger learner_truncate_version after truncate on learner
    for each statement execute function reference_changed();

-- a class's target groups, shown on its page, move its commune like its other rows (V15)
create trigger training_class_group_insert_version after insert on training_class_group
    referencing new table as changed for each statement execute function class_rows_changed();
create trigger training_class_group_update_version after update on training_class_group
    referencing new table as changed for each statement execute function class_rows_changed();
create trigger training_class_group_delete_version after delete on training_class_group
    referencing old table as changed for each statement execute function class_rows_changed();
create trigger training_class_group_truncate_version after truncate on training_class_group
    for each statement execute function reference_changed();
