-- Blocking Iran's official holidays is an opt-in (issue: "an opt-in to block Iranian official
-- holidays"): a psychologist abroad should not lose Nowruz week unless they ask to.
ALTER TABLE "psychologist_profiles" ALTER COLUMN "block_holidays" SET DEFAULT false;
