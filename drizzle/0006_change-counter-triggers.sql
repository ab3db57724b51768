-- Raise a change counter whenever its tables change (see src/core/db/change-counters.ts).
INSERT INTO "change_counters" ("name", "version") VALUES ('people', 0), ('accounts', 0);
--> statement-breakpoint
CREATE FUNCTION raise_change_counter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "change_counters" ("name", "version") VALUES (TG_ARGV[0], 1)
    ON CONFLICT ("name") DO UPDATE SET "version" = "change_counters"."version" + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER people_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "people"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('people');
--> statement-breakpoint
CREATE TRIGGER affiliations_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "affiliations"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('people');
--> statement-breakpoint
CREATE TRIGGER organizations_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organizations"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('people');
--> statement-breakpoint
CREATE TRIGGER accounts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "accounts"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('accounts');
--> statement-breakpoint
CREATE TRIGGER sessions_changed AFTER UPDATE OR DELETE OR TRUNCATE ON "sessions"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('accounts');
