// Small steps the company pages share.
#include "market/company.h"
#include "market/membership.h"
#include "web/company_lookup.h"

namespace hanse::web {

Result<std::optional<market::Membership>> membership_for(App& app, std::int64_t member_id) {
  HANSE_TRY(auto lease, app.db->acquire());
  return market::membership_of(*lease, member_id);
}

Result<std::optional<market::Company>> find_company(App& app, std::int64_t company_id) {
  HANSE_TRY(auto lease, app.db->acquire());
  return market::load_company(*lease, company_id);
}

}  // namespace hanse::web
