-- Completions and VNeID confirmations from outside the platform's classes (the national learning
-- platform's export, brought in by an import). A learner's first completion (and confirmation) is
-- the earliest of their class completions and this one, so withdrawing a class completion never
-- drops a completion recorded elsewhere.
alter table learner add column platform_completed_on date;
alter table learner add column platform_vneid_confirmed_on date;
