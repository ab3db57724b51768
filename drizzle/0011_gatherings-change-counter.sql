-- Public gatherings, their venues, agendas and (consented) attendee lists are on the public
-- site: its page cache must learn when they change (see 0009).
CREATE TRIGGER gatherings_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "gatherings"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER venues_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "venues"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER gathering_sessions_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "gathering_sessions"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
--> statement-breakpoint
CREATE TRIGGER gathering_invitations_changed_site AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "gathering_invitations"
  FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('site');
