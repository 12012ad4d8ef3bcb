// GET /privacy (P-1): the policy version in force, generated from policy/.
#include <fmt/format.h>
#include <array>
#include <charconv>
#include <cstdio>

#include "privacy/policy.h"
#include "web/handler.h"
#include "web/privacy_render.h"

namespace hanse::web {

Response privacy_show(App& app, Request& request) {
  privacy::VersionPtr v = shown_version(app);
  return render_policy_version(app, request, *v, true);
}

}  // namespace hanse::web
