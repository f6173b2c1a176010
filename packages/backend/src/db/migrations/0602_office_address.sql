-- Issue 16: a psychologist's in-person address, shown on their public page beside in-person
-- session types.
ALTER TABLE "psychologist_profiles" ADD COLUMN "office_address" varchar(300);
