-- Files (issue 16): avatars, psychologist photos, message attachments, course media and
-- documents. The bytes live in storage (disk or S3) under a random key; this row says whose they
-- are, what they are (by their content, never the client's word) and who may read them.
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"purpose" varchar(30) NOT NULL,
	"mime" varchar(100) NOT NULL,
	"size" bigint NOT NULL,
	"sha256" varchar(64),
	"storage_key" varchar(200) NOT NULL,
	-- Images: a JPEG copy beside the WebP, for clients that cannot show WebP.
	"fallback_key" varchar(200),
	"fallback_size" bigint,
	"width" integer,
	"height" integer,
	"display_name" varchar(500) NOT NULL,
	"status" varchar(20) DEFAULT 'pending' NOT NULL,
	-- Attachments: the message they were attached to. Deleting the message leaves the row used
	-- but on no message, which the files.sweep job then removes with its bytes.
	"message_id" uuid REFERENCES "messages"("id") ON DELETE SET NULL,
	"appointment_id" uuid REFERENCES "appointments"("id") ON DELETE SET NULL,
	-- Set when the file is put to use (an avatar set, an attachment sent, a document kept);
	-- uploads still unused after FILE_UNUSED_TTL_HOURS are removed by the files.sweep job.
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_purpose_check" CHECK ("purpose" IN ('avatar', 'psychologist_photo', 'attachment', 'course_media', 'document')),
	CONSTRAINT "files_status_check" CHECK ("status" IN ('pending', 'ready', 'rejected')),
	CONSTRAINT "files_message_purpose_check" CHECK ("message_id" IS NULL OR "purpose" = 'attachment')
);
--> statement-breakpoint
CREATE UNIQUE INDEX "idx_files_storage_key" ON "files" USING btree ("storage_key");
--> statement-breakpoint
CREATE INDEX "idx_files_owner_purpose" ON "files" USING btree ("owner_id", "purpose", "status");
--> statement-breakpoint
CREATE INDEX "idx_files_message" ON "files" USING btree ("message_id") WHERE "message_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "idx_files_appointment" ON "files" USING btree ("appointment_id") WHERE "appointment_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "idx_files_unused" ON "files" USING btree ("created_at") WHERE "used_at" IS NULL;
--> statement-breakpoint
CREATE INDEX "idx_files_orphaned" ON "files" USING btree ("created_at") WHERE "purpose" = 'attachment' AND "used_at" IS NOT NULL AND "message_id" IS NULL;
