// Banners (SPEC P-11, targeted promotions): campaigns that staff write, the
// choice of one for a page view, and their counts.
//
// A campaign has a text, an optional image (checked as the market's
// uploads are), one link a click may lead to (a site-relative path or an
// https URL), optional target industries and countries, a first and last
// day, an optional impression cap, and is either a house promotion or a
// partner's. The choice of a banner for a page view takes an Audience: what
// the web layer was allowed to use about the viewer (their companies'
// industries and countries when the privacy guard allows targeted
// promotions for them; the industries in the interest cookie when the
// visitor accepted advertising cookies; or nothing). Nothing about the
// viewer is stored: impressions and clicks are counted per campaign and
// UTC day only.
//
// No HTTP here: web/pipeline_banner_slots.cpp and the web/banner_* and
// web/staff_banner_* handlers translate.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/database.h"
#include "market/categories.h"

namespace hanse::promotions {

inline constexpr std::size_t kMaxText = 200;
inline constexpr std::size_t kMaxLink = 500;
inline constexpr std::int64_t kMaxCap = 1'000'000'000;

enum class BannerKind { house, partner };
const char* to_string(BannerKind kind);  // "house", "partner"

// What the staff form sent, as typed.
struct CampaignInput {
  std::string text;
  std::string link;
  std::vector<std::string> industries;  // category ids of industries
  std::string countries;                // "DE, FR" (letters, separated by commas or spaces)
  std::string first_day;                // "2026-12-07"
  std::string last_day;
  std::string cap;                      // "" or a whole number >= 0 (0: no cap)
  std::string kind;                     // "house" | "partner"
  std::optional<std::string> image;     // the uploaded bytes, when a file was sent
};

// field -> message for the person filling in the form.
using CampaignErrors = std::map<std::string, std::string>;

struct Campaign {
  std::int64_t id = 0;
  std::string text;
  std::string link;
  std::vector<std::string> industries;
  std::vector<std::string> countries;
  std::int64_t first_day = 0;
  std::int64_t last_day = 0;
  std::int64_t cap = 0;  // 0: none
  BannerKind kind = BannerKind::house;
  std::string image_type;  // "" when none
  // Counts so far (every day).
  std::int64_t impressions = 0;
  std::int64_t clicks = 0;

  bool targeted() const { return !industries.empty() || !countries.empty(); }
};

// Whether `link` may be a campaign's link: a path on this site ("/x", never
// "//host" or a backslash) or an https URL with a host name and no user
// name; printable ASCII without spaces, at most kMaxLink characters.
bool valid_link(std::string_view link);

// Checks every field; on success the campaign to store (with the image's
// type) and the image's bytes. Errors go into `errors` (nothing returned).
struct ValidCampaign {
  Campaign campaign;
  std::string image_bytes;
};
std::optional<ValidCampaign> validate_campaign(const CampaignInput& input, const market::CategoryTree& categories,
                                               CampaignErrors& errors);

// Stores a validated campaign written by staff member staff_id; its id.
Result<std::int64_t> create_campaign(db::Connection& conn, const ValidCampaign& valid, std::int64_t staff_id,
                                     std::int64_t now);

// Every campaign with its counts, newest first.
Result<std::vector<Campaign>> list_campaigns(db::Connection& conn);

// Ends a campaign: its last day becomes yesterday (it is shown no more).
// Errors: not_found.
Status end_campaign(db::Connection& conn, std::int64_t id, std::int64_t today);

struct CampaignImage {
  std::string content_type;
  std::string bytes;
};
// The campaign's image; nullopt when the campaign has none or does not exist.
Result<std::optional<CampaignImage>> campaign_image(db::Connection& conn, std::int64_t id);

// What chose a banner, in the order it is tried.
enum class Basis {
  member,     // the member's companies' industries and countries (guard allowed)
  interests,  // the interest cookie's industries (advertising accepted)
  none,       // nothing about the viewer
};

struct Audience {
  Basis basis = Basis::none;
  std::vector<std::string> industries;  // industry ids
  std::vector<std::string> countries;   // ISO codes (member only)
};

// A banner chosen for a page view: the campaign, and what chose it (the
// audience's data that matched; none when an untargeted campaign was shown,
// whatever the audience was).
struct Choice {
  Campaign campaign;
  Basis basis = Basis::none;
  std::vector<std::string> matched_industries;
  std::vector<std::string> matched_countries;
};

// The campaigns in force, kept in memory, and counts not yet written.
// Thread-safe: one book serves every thread.
//
// choose() picks, among the campaigns shown today that are under their cap,
// a targeted one matching the audience (member: an industry or the country
// matches and every targeted dimension matches; interests: an industry
// matches and the campaign names no countries), else an untargeted one; of
// those, the one shown least so far (then the oldest). It counts the
// impression. Counts are written at most every flush interval, by the next
// choose() or click() after it (and by flush()); the campaigns are read
// again then, and after invalidate(). An impression cap therefore holds
// exactly on one server, and across servers sharing a database up to one
// interval's impressions of each may pass it.
class BannerBook {
 public:
  BannerBook(db::Database& db, const Clock& clock, std::int64_t flush_interval_seconds = 2);
  ~BannerBook();  // writes the counts not yet written (errors are logged)
  BannerBook(const BannerBook&) = delete;
  BannerBook& operator=(const BannerBook&) = delete;

  // nullopt: no campaign fits (the slot stays empty). Errors from the
  // database pass on (the caller shows no banner).
  Result<std::optional<Choice>> choose(const Audience& audience);

  // Whether a targeted campaign could be shown today: when none can, the
  // audience cannot change the choice, and the caller need not read
  // anything about the viewer (a member's trade costs the guard's check
  // and a query). Errors from the database pass on.
  Result<bool> targets_today();

  // A click on campaign id that asked to go to `to`: the campaign's link
  // when `to` is exactly it (the click is counted); nullopt otherwise (an
  // unknown campaign or another address: nothing counted).
  Result<std::optional<std::string>> click(std::int64_t id, std::string_view to);

  // Writes the counts not yet written and reads the campaigns again.
  Status flush();
  // Campaigns changed (staff): read them again before the next choice.
  void invalidate();

 private:
  Status refresh_locked(std::int64_t now);
  Status write_counts_locked();

  struct Pending {
    std::int64_t impressions = 0;
    std::int64_t clicks = 0;
  };

  db::Database& m_db;
  const Clock& m_clock;
  const std::int64_t m_interval;
  std::mutex m_mutex;
  std::vector<Campaign> m_campaigns;  // every campaign not yet over, with its counts
  std::map<std::pair<std::int64_t, std::int64_t>, Pending> m_pending;  // (campaign, day)
  std::int64_t m_loaded_at = 0;
  bool m_stale = true;
};

}  // namespace hanse::promotions
