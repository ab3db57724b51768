-- Raise the 'site' change counter whenever anything the public site shows changes, so the
-- public page cache (src/site/cache) knows its pages went stale. media_variants follow media.
INSERT INTO "change_counters" ("name", "version") VALUES ('site', 0);
--> statement-breakpoint
CREATE TRIGGER programs_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "programs"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER program_texts_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "program_texts"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER projects_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "projects"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER project_texts_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "project_texts"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER partners_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "partners"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER program_partners_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "program_partners"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER program_people_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "program_people"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER pages_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "pages"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER page_revisions_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "page_revisions"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER articles_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "articles"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER article_revisions_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "article_revisions"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER article_authors_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "article_authors"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER article_tags_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "article_tags"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER article_programs_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "article_programs"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER timeline_entries_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "timeline_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER timeline_texts_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "timeline_texts"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER notices_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "notices"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER notice_texts_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "notice_texts"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER media_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "media"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
