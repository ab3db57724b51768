CREATE INDEX "people_languages_idx" ON "people" USING gin ("languages" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "people_fields_idx" ON "people" USING gin ("fields" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "people_name_idx" ON "people" USING btree ("display_name","id");