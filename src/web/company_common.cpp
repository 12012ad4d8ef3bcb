// Small steps the company pages share.
#include <charconv>

#include "web/company_handlers.h"

namespace hanse::web {

std::optional<std::int64_t> leading_id(std::string_view param) {
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(param.data(), param.data() + param.size(), id);
  if (ec != std::errc{} || end == param.data() || id <= 0) return std::nullopt;
  if (end != param.data() + param.size() && *end != '-') return std::nullopt;
  return id;
}

Result<std::optional<market::Membership>> membership_for(App& app, std::int64_t member_id) {
  HANSE_TRY(auto lease, app.db->acquire());
  return market::membership_of(*lease, member_id);
}

Result<std::optional<market::Company>> find_company(App& app, std::int64_t company_id) {
  HANSE_TRY(auto lease, app.db->acquire());
  return market::load_company(*lease, company_id);
}

}  // namespace hanse::web
