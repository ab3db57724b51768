-- Public issues of the newsletter are on the public site (web version, archive, feeds): its page
-- cache must learn when they change (see 0009).
CREATE TRIGGER newsletter_issues_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "newsletter_issues"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER newsletter_issue_items_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "newsletter_issue_items"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER newsletter_resources_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "newsletter_resources"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
