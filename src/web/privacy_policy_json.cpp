// GET /privacy/policy.json[?version=N] (P-1): the machine-readable policy
// (schema: policy/policy.schema.json).
#include <fmt/format.h>
#include <array>
#include <charconv>
#include <cstdio>

#include "privacy/policy.h"
#include "web/handler.h"
#include "web/privacy_render.h"

namespace hanse::web {

Response privacy_policy_json(App& app, Request& request) {
  privacy::VersionPtr v = shown_version(app);
  if (auto raw = request.query("version")) {
    auto n = version_number(*raw);
    if (!n) return json_error(400, "version must be a version number such as 1");
    v = app.policy->version(*n);
    if (!v) return json_error(404, fmt::format("there is no version {} of the privacy policy", *n));
  }
  return Response::json(privacy::to_json(*v, app.config.site).dump(2) + "\n");
}

}  // namespace hanse::web
