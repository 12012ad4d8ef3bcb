// Small lookups the company pages share (web/company_lookup.cpp).
#pragma once

#include <cstdint>
#include <optional>

#include "market/company.h"
#include "market/membership.h"
#include "web/app.h"

namespace hanse::web {

// The signed-in member's company membership, or nullopt.
Result<std::optional<market::Membership>> membership_for(App& app, std::int64_t member_id);

// The company with this id, or nullopt.
Result<std::optional<market::Company>> find_company(App& app, std::int64_t company_id);

}  // namespace hanse::web
