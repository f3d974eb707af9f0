-- A commune moved to another province (a merger) takes its data version with it in the same
-- statement, not at its next write: otherwise the old province's sum would drop later, under the
-- same reference version, and could come back to a value it had before with other data.
create function commune_moved() returns trigger language plpgsql as $$
begin
    update data_version v set province_id = c.province_id
    from changed c where c.id = v.commune_id and v.province_id <> c.province_id;
    return null;
end $$;

create trigger commune_moved_version after update on commune referencing new table as changed
    for each statement execute function commune_moved();
