// The company a signed-in member belongs to (M-2: one at most), for pages
// that show members of a listing's company their edit controls.
#pragma once

#include <optional>

#include "core/result.h"
#include "market/membership.h"
#include "web/app.h"
#include "web/visitor.h"

namespace hanse::web {

// Kept with the member's session in the viewer cache (web/viewer_cache.h):
// joining, leaving or creating a company is a change made through the
// server, which drops it.
Result<std::optional<market::Membership>> member_company(App& app, const SignedInMember& member);

}  // namespace hanse::web
