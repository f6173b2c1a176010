-- Issue 16: a files row can go without the files module doing it: an account deleted (owner_id
-- cascades), a message deleted (message_id is set null, then the sweep deletes the row), later a
-- course deleted. Its stored bytes would stay for ever, reachable by nobody. Whatever deletes the
-- row, this trigger records its storage keys in the same transaction; the files sweep removes
-- those objects and then the record, so a storage failure is retried, never forgotten.
CREATE TABLE "file_removals" (
	"storage_key" varchar(200) PRIMARY KEY NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE FUNCTION files_queue_removal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO file_removals (storage_key) VALUES (OLD.storage_key) ON CONFLICT DO NOTHING;
  IF OLD.fallback_key IS NOT NULL THEN
    INSERT INTO file_removals (storage_key) VALUES (OLD.fallback_key) ON CONFLICT DO NOTHING;
  END IF;
  RETURN OLD;
END
$$;
--> statement-breakpoint
CREATE TRIGGER files_queue_removal AFTER DELETE ON "files"
  FOR EACH ROW EXECUTE FUNCTION files_queue_removal();
