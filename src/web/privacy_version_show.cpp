// GET /privacy/v/{n} (P-19): one published version.
#include <fmt/format.h>
#include <array>
#include <charconv>
#include <cstdio>

#include "privacy/policy.h"
#include "web/handler.h"
#include "web/privacy_render.h"

namespace hanse::web {

Response privacy_version_show(App& app, Request& request) {
  auto n = version_number(request.param("n"));
  privacy::VersionPtr v = n ? app.policy->version(*n) : nullptr;
  if (!v) return error_page(app, 404, &request);
  return render_policy_version(app, request, *v, false);
}

}  // namespace hanse::web
