-- The admin's audit lookup (issue 20): "everything that happened to this resource" (who read
-- which clinical note, what changed on which holiday) and the resource-type menu, newest first.
CREATE INDEX "idx_audit_logs_resource" ON "audit_logs" USING btree ("resource", "resource_id", "created_at");
