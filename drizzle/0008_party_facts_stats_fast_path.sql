-- Logging a contact updates party_stats (last_interaction_at), and through it party_facts. The
-- general refresh re-joins party, demographics, loyalty and five consent lookups for that; a
-- change of party_stats only needs its own columns copied across.
CREATE OR REPLACE FUNCTION trg_party_facts_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE party_facts SET
    ltv_minor = NEW.lifetime_value_minor, order_count = NEW.order_count, last_order_at = NEW.last_order_at,
    last_interaction_at = NEW.last_interaction_at, latest_nps = NEW.latest_nps, open_cases = NEW.open_cases,
    complaint_count = NEW.complaint_count, recent_complaints = NEW.recent_complaints, source_classes = NEW.source_classes
  WHERE party_id = NEW.party_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER party_facts_stats ON party_stats;
--> statement-breakpoint
CREATE TRIGGER party_facts_stats AFTER INSERT OR UPDATE OF lifetime_value_minor, order_count, last_order_at, last_interaction_at, latest_nps, open_cases, complaint_count, recent_complaints, source_classes ON party_stats FOR EACH ROW EXECUTE FUNCTION trg_party_facts_stats();
--> statement-breakpoint
-- Deleting a party's stats (a rebuild) resets the facts to what the party has, the general way.
CREATE TRIGGER party_facts_stats_delete AFTER DELETE ON party_stats FOR EACH ROW EXECUTE FUNCTION trg_party_facts();
