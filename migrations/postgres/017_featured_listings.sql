-- Featured listings (SPEC P-11, issue 14): the reward of a promotion whose
-- goal a member reached. While it lasts, the listings of the member's
-- company are shown first, marked "Featured", on the category pages they
-- belong to. The row is the publication of that reward, which the member
-- asked for by taking part: it names the company (public) and the member
-- who earned it, so that it goes with the member's account (ON DELETE
-- CASCADE, and the data map) and is shown only while the privacy guard
-- still allows the member promotions (promotions/featured.h).
CREATE TABLE featured_listings (
  promotion_id BIGINT NOT NULL REFERENCES promotion_campaigns(id) ON DELETE CASCADE,
  member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  featured_from BIGINT NOT NULL,
  featured_until BIGINT NOT NULL,
  PRIMARY KEY (promotion_id, member_id, company_id)
);
CREATE INDEX featured_listings_until ON featured_listings(featured_until);
