DROP INDEX "survey_response_kind_at_idx";--> statement-breakpoint
CREATE INDEX "order_placed_idx" ON "order" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "survey_response_kind_at_idx" ON "survey_response" USING btree ("kind","occurred_at","score");