#include "promotions/banners.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "accounts/normalize.h"
#include "market/base64.h"
#include "market/image_type.h"
#include "market/upload_store.h"
#include "stats/days.h"

namespace hanse::promotions {

namespace {

std::string trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  auto push = [&] {
    if (!current.empty()) out.push_back(current);
    current.clear();
  };
  for (char c : text) {
    if (c == ',' || std::isspace(static_cast<unsigned char>(c))) push();
    else current += c;
  }
  push();
  return out;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += ',';
    out += item;
  }
  return out;
}

bool printable_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

bool valid_host(std::string_view host) {
  if (host.empty() || host.size() > 253 || host.front() == '.' || host.back() == '.' || host.front() == '-')
    return false;
  bool dot = false;
  for (char c : host) {
    if (c == '.') dot = true;
    else if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return false;
  }
  return dot;
}

std::optional<BannerKind> parse_kind(std::string_view text) {
  if (text == "house") return BannerKind::house;
  if (text == "partner") return BannerKind::partner;
  return std::nullopt;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

std::vector<std::string> intersect(const std::vector<std::string>& wanted, const std::vector<std::string>& have) {
  std::vector<std::string> out;
  for (const auto& item : wanted)
    if (contains(have, item) && !contains(out, item)) out.push_back(item);
  return out;
}

constexpr const char* kColumns =
    "c.id, c.text, c.link, c.industries, c.countries, c.first_day, c.last_day, c.impression_cap, c.kind, "
    "c.image_type, COALESCE((SELECT SUM(n.impressions) FROM banner_counts n WHERE n.campaign_id = c.id), 0), "
    "COALESCE((SELECT SUM(n.clicks) FROM banner_counts n WHERE n.campaign_id = c.id), 0)";

Campaign campaign_of(const db::Row& row) {
  Campaign c;
  c.id = row.integer(0);
  c.text = row.text(1);
  c.link = row.text(2);
  c.industries = split_list(row.text(3));
  c.countries = split_list(row.text(4));
  c.first_day = row.integer(5);
  c.last_day = row.integer(6);
  c.cap = row.integer(7);
  c.kind = parse_kind(row.text(8)).value_or(BannerKind::house);
  c.image_type = row.text(9);
  c.impressions = row.integer(10);
  c.clicks = row.integer(11);
  return c;
}

}  // namespace

const char* to_string(BannerKind kind) { return kind == BannerKind::partner ? "partner" : "house"; }

bool valid_link(std::string_view link) {
  if (link.empty() || link.size() > kMaxLink || !printable_ascii(link)) return false;
  if (link.find('\\') != std::string_view::npos) return false;
  if (link.front() == '/') return link.size() == 1 || link[1] != '/';
  constexpr std::string_view kHttps = "https://";
  if (!link.starts_with(kHttps)) return false;
  auto rest = link.substr(kHttps.size());
  auto end = rest.find_first_of("/?#");
  auto authority = rest.substr(0, end);
  if (authority.find('@') != std::string_view::npos) return false;
  auto host = authority;
  if (auto colon = authority.rfind(':'); colon != std::string_view::npos) {
    auto port = authority.substr(colon + 1);
    if (port.empty() || port.size() > 5 ||
        !std::all_of(port.begin(), port.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) ||
        std::stoi(std::string(port)) > 65535)
      return false;
    host = authority.substr(0, colon);
  }
  return valid_host(host);
}

std::optional<ValidCampaign> validate_campaign(const CampaignInput& input, const market::CategoryTree& categories,
                                               CampaignErrors& errors) {
  ValidCampaign out;
  Campaign& c = out.campaign;
  c.text = trim(input.text);
  if (c.text.empty()) errors["text"] = "Write what the banner says.";
  else if (c.text.size() > kMaxText) errors["text"] = fmt::format("At most {} characters.", kMaxText);

  c.link = trim(input.link);
  if (c.link.empty())
    errors["link"] = "Give the address a click leads to: a path on this site (/categories) or an https:// address.";
  else if (!valid_link(c.link))
    errors["link"] = "Use a path on this site starting with one / (such as /categories) or an https:// address "
                     "with a host name, without spaces.";

  for (const auto& id : input.industries) {
    const auto* category = categories.find(id);
    if (!category || !category->parent.empty()) {
      errors["industries"] = "Choose industries from the list.";
      break;
    }
    if (!contains(c.industries, id)) c.industries.push_back(id);
  }

  for (const auto& code : split_list(input.countries)) {
    auto country = accounts::normalize_country(code);
    if (!country) {
      errors["countries"] = fmt::format("\"{}\" is not a country code: use two letters, such as DE or FR.",
                                        code.size() > 10 ? code.substr(0, 10) + "…" : code);
      break;
    }
    if (!contains(c.countries, *country)) c.countries.push_back(*country);
  }

  auto first = stats::parse_iso_date(trim(input.first_day));
  auto last = stats::parse_iso_date(trim(input.last_day));
  if (!first) errors["first_day"] = "Give the first day as a date (2026-12-31).";
  if (!last) errors["last_day"] = "Give the last day as a date (2026-12-31).";
  if (first && last && *last < *first) errors["last_day"] = "The last day cannot be before the first day.";
  if (first) c.first_day = *first;
  if (last) c.last_day = *last;

  auto cap = trim(input.cap);
  if (!cap.empty()) {
    if (cap.size() > 10 ||
        !std::all_of(cap.begin(), cap.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }) ||
        std::stoll(cap) > kMaxCap)
      errors["cap"] = fmt::format("A whole number from 0 (no cap) to {}.", kMaxCap);
    else
      c.cap = std::stoll(cap);
  }

  if (auto kind = parse_kind(input.kind)) c.kind = *kind;
  else errors["kind"] = "Choose a house promotion or a partner's banner.";

  if (input.image && !input.image->empty()) {
    auto type = market::check_upload(*input.image, market::kMaxUploadBytes);
    if (!type) errors["image"] = type.error().message;
    else {
      c.image_type = market::content_type(*type);
      out.image_bytes = *input.image;
    }
  }
  if (!errors.empty()) return std::nullopt;
  return out;
}

Result<std::int64_t> create_campaign(db::Connection& conn, const ValidCampaign& valid, std::int64_t staff_id,
                                     std::int64_t now) {
  const Campaign& c = valid.campaign;
  const db::Value params[] = {c.text,
                              c.link,
                              join(c.industries),
                              join(c.countries),
                              c.first_day,
                              c.last_day,
                              c.cap,
                              std::string(to_string(c.kind)),
                              c.image_type,
                              valid.image_bytes.empty() ? std::string() : market::to_base64(valid.image_bytes),
                              staff_id,
                              now};
  HANSE_TRY(auto row, conn.query_one("INSERT INTO banner_campaigns (text, link, industries, countries, first_day, "
                                     "last_day, impression_cap, kind, image_type, image_data, staff_id, created_at) "
                                     "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                                     params));
  return row.integer(0);
}

Result<std::vector<Campaign>> list_campaigns(db::Connection& conn) {
  HANSE_TRY(auto rows, conn.query(fmt::format("SELECT {} FROM banner_campaigns c ORDER BY c.id DESC", kColumns)));
  std::vector<Campaign> out;
  out.reserve(rows.size());
  for (const auto& row : rows) out.push_back(campaign_of(row));
  return out;
}

Status end_campaign(db::Connection& conn, std::int64_t id, std::int64_t today) {
  const db::Value params[] = {id, today - 1};
  HANSE_TRY(auto changed, conn.execute("UPDATE banner_campaigns SET last_day = $2, "
                                       "first_day = CASE WHEN first_day > $2 THEN $2 ELSE first_day END "
                                       "WHERE id = $1",
                                       params));
  if (changed == 0) return fail(ErrorKind::not_found, "no such campaign");
  return {};
}

Result<std::optional<CampaignImage>> campaign_image(db::Connection& conn, std::int64_t id) {
  const db::Value params[] = {id};
  HANSE_TRY(auto row, conn.query_optional("SELECT image_type, image_data FROM banner_campaigns WHERE id = $1", params));
  if (!row || row->text(0).empty()) return std::optional<CampaignImage>{};
  HANSE_TRY(auto bytes, market::from_base64(row->text(1)));
  return std::optional<CampaignImage>{CampaignImage{row->text(0), std::move(bytes)}};
}

BannerBook::BannerBook(db::Database& db, const Clock& clock, std::int64_t flush_interval_seconds)
    : m_db(db), m_clock(clock), m_interval(flush_interval_seconds) {}

BannerBook::~BannerBook() {
  std::lock_guard lock(m_mutex);
  if (auto written = write_counts_locked(); !written)
    spdlog::warn("banners: counts not written: {}", written.error().message);
}

void BannerBook::invalidate() {
  std::lock_guard lock(m_mutex);
  m_stale = true;
}

Status BannerBook::write_counts_locked() {
  if (m_pending.empty()) return {};
  HANSE_TRY_STATUS(m_db.transaction([&](db::Connection& conn) -> Status {
    for (const auto& [key, counts] : m_pending) {
      const db::Value params[] = {key.first, key.second, counts.impressions, counts.clicks};
      HANSE_TRY_STATUS(conn.execute(
          "INSERT INTO banner_counts (campaign_id, day, impressions, clicks) VALUES ($1, $2, $3, $4) "
          "ON CONFLICT (campaign_id, day) DO UPDATE SET impressions = banner_counts.impressions + "
          "excluded.impressions, clicks = banner_counts.clicks + excluded.clicks",
          params));
    }
    return {};
  }));
  m_pending.clear();
  return {};
}

Status BannerBook::refresh_locked(std::int64_t now) {
  if (!m_stale && now - m_loaded_at < m_interval) return {};
  // Counts first, so that the campaigns read next include them.
  HANSE_TRY_STATUS(write_counts_locked());
  const db::Value params[] = {stats::day_of(now)};
  HANSE_TRY(auto rows, m_db.read([&](db::Connection& conn) {
    return conn.query(fmt::format("SELECT {} FROM banner_campaigns c WHERE c.last_day >= $1 ORDER BY c.id", kColumns),
                      params);
  }));
  m_campaigns.clear();
  for (const auto& row : rows) m_campaigns.push_back(campaign_of(row));
  m_loaded_at = now;
  m_stale = false;
  return {};
}

Status BannerBook::flush() {
  std::lock_guard lock(m_mutex);
  m_stale = true;
  return refresh_locked(m_clock.now());
}

namespace {

bool showable(const Campaign& c, std::int64_t today) {
  return c.first_day <= today && c.last_day >= today && (c.cap <= 0 || c.impressions < c.cap);
}

}  // namespace

Result<bool> BannerBook::targets_today() {
  const std::int64_t now = m_clock.now();
  const std::int64_t today = stats::day_of(now);
  std::lock_guard lock(m_mutex);
  HANSE_TRY_STATUS(refresh_locked(now));
  return std::ranges::any_of(m_campaigns, [&](const Campaign& c) { return c.targeted() && showable(c, today); });
}

Result<std::optional<Choice>> BannerBook::choose(const Audience& audience) {
  const std::int64_t now = m_clock.now();
  const std::int64_t today = stats::day_of(now);
  std::lock_guard lock(m_mutex);
  HANSE_TRY_STATUS(refresh_locked(now));
  Campaign* best_targeted = nullptr;
  Choice targeted;
  Campaign* best_plain = nullptr;
  auto better = [](const Campaign* best, const Campaign& c) {
    return best == nullptr || c.impressions < best->impressions ||
           (c.impressions == best->impressions && c.id < best->id);
  };
  for (auto& c : m_campaigns) {
    if (!showable(c, today)) continue;
    if (!c.targeted()) {
      if (better(best_plain, c)) best_plain = &c;
      continue;
    }
    if (audience.basis == Basis::none) continue;
    auto industries = intersect(audience.industries, c.industries);
    auto countries = intersect(audience.countries, c.countries);
    bool fits = false;
    if (audience.basis == Basis::member)
      fits = (c.industries.empty() || !industries.empty()) && (c.countries.empty() || !countries.empty());
    else  // interests: industries only; the cookie says nothing of a country
      fits = c.countries.empty() && !industries.empty();
    if (!fits || !better(best_targeted, c)) continue;
    best_targeted = &c;
    targeted.basis = audience.basis;
    targeted.matched_industries = std::move(industries);
    targeted.matched_countries = std::move(countries);
  }
  Campaign* chosen = best_targeted ? best_targeted : best_plain;
  if (!chosen) return std::optional<Choice>{};
  ++chosen->impressions;
  ++m_pending[{chosen->id, today}].impressions;
  Choice out = best_targeted ? std::move(targeted) : Choice{};
  out.campaign = *chosen;
  return std::optional<Choice>{std::move(out)};
}

Result<std::optional<std::string>> BannerBook::click(std::int64_t id, std::string_view to) {
  const std::int64_t now = m_clock.now();
  std::lock_guard lock(m_mutex);
  HANSE_TRY_STATUS(refresh_locked(now));
  std::optional<std::string> link;
  for (auto& c : m_campaigns)
    if (c.id == id) link = c.link;
  if (!link) {
    // A campaign that is over still leads where it said.
    const db::Value params[] = {id};
    HANSE_TRY(auto row, m_db.read([&](db::Connection& conn) {
      return conn.query_optional("SELECT link FROM banner_campaigns WHERE id = $1", params);
    }));
    if (row) link = row->text(0);
  }
  if (!link || *link != to) return std::optional<std::string>{};
  ++m_pending[{id, stats::day_of(now)}].clicks;
  for (auto& c : m_campaigns)
    if (c.id == id) ++c.clicks;
  return link;
}

}  // namespace hanse::promotions
