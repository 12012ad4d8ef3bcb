-- Banners (SPEC P-11, targeted promotions; issue 14): campaigns written by
-- staff (promotions/banners.h) and their counts. Nothing here refers to a
-- visitor or a member: which banner a page shows is decided per request
-- and never stored; impressions and clicks are counted per campaign and
-- UTC day only (days since 1970-01-01).
CREATE TABLE banner_campaigns (
  id BIGSERIAL PRIMARY KEY,
  text TEXT NOT NULL,                  -- what the banner says
  link TEXT NOT NULL,                  -- the one address a click leads to: /path or https://...
  industries TEXT NOT NULL DEFAULT '', -- target industries (category ids), comma-separated; '' = none
  countries TEXT NOT NULL DEFAULT '',  -- target countries (ISO 3166-1 alpha-2), comma-separated; '' = none
  first_day BIGINT NOT NULL,           -- shown from this UTC day
  last_day BIGINT NOT NULL,            -- to this one, inclusive
  impression_cap BIGINT NOT NULL DEFAULT 0,  -- at most this many impressions; 0 = no cap
  kind TEXT NOT NULL CHECK (kind IN ('house', 'partner')),
  image_type TEXT NOT NULL DEFAULT '', -- image/png, image/jpeg, image/webp; '' = no image
  image_data TEXT NOT NULL DEFAULT '', -- base64 of the image's bytes
  staff_id BIGINT NOT NULL REFERENCES staff(id),
  created_at BIGINT NOT NULL
);
CREATE INDEX banner_campaigns_days ON banner_campaigns(last_day);

-- Impressions and clicks per campaign and day, in aggregate only.
CREATE TABLE banner_counts (
  campaign_id BIGINT NOT NULL REFERENCES banner_campaigns(id) ON DELETE CASCADE,
  day BIGINT NOT NULL,
  impressions BIGINT NOT NULL DEFAULT 0,
  clicks BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (campaign_id, day)
);

-- Promotions (promotions/promotions.h): campaigns with a rule and a reward,
-- and the members taking part. A member's participation is theirs: erased
-- with them (ON DELETE CASCADE, and the data map).
CREATE TABLE promotion_campaigns (
  id BIGSERIAL PRIMARY KEY,
  title TEXT NOT NULL,
  rule TEXT NOT NULL CHECK (rule IN ('offers', 'profile')),
  target BIGINT NOT NULL,              -- offers: how many this month; profile: fields to fill
  reward_days BIGINT NOT NULL,         -- the listing is featured this many days
  first_day BIGINT NOT NULL,
  last_day BIGINT NOT NULL,
  staff_id BIGINT NOT NULL REFERENCES staff(id),
  created_at BIGINT NOT NULL
);

CREATE TABLE promotion_participants (
  promotion_id BIGINT NOT NULL REFERENCES promotion_campaigns(id) ON DELETE CASCADE,
  member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  joined_at BIGINT NOT NULL,
  left_at BIGINT,                      -- opted out (NULL: taking part)
  completed_at BIGINT,                 -- when the goal was reached: the reward starts
  PRIMARY KEY (promotion_id, member_id)
);
CREATE INDEX promotion_participants_member ON promotion_participants(member_id);
