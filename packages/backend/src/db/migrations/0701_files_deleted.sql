-- Documents their owner deleted (issue 16). Deleting hides the row at once ('deleted': nobody
-- reads it, no quota counts it), then removes the bytes, then the row; when storage fails in
-- between, the row stays 'deleted' and the files.sweep job retries, so no row that anyone can
-- read ever points at removed bytes.
ALTER TABLE "files" DROP CONSTRAINT "files_status_check";
--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_status_check" CHECK ("status" IN ('pending', 'ready', 'rejected', 'deleted'));
