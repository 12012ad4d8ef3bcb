// GET /privacy/cookies.json (P-16): the cookie registry, machine-readable.
#include <nlohmann/json.hpp>

#include "privacy/cookie_registry.h"
#include "web/handler.h"

namespace hanse::web {

Response cookie_registry_json(App&, Request&) {
  nlohmann::json categories = nlohmann::json::array();
  for (const auto& declared : privacy::cookie_categories()) {
    nlohmann::json cookies = nlohmann::json::array();
    for (const auto* cookie : privacy::cookie_registry()) {
      if (cookie->category != declared.category) continue;
      cookies.push_back({{"name", cookie->name},
                         {"name_over_tls", cookie->tls_name},
                         {"path", cookie->path},
                         {"purpose", cookie->purpose},
                         {"lifetime", cookie->lifetime},
                         {"clause", cookie->clause},
                         {"same_site", cookie->same_site == privacy::CookieSameSite::strict ? "Strict" : "Lax"},
                         {"http_only", true}});
    }
    categories.push_back({{"id", privacy::to_string(declared.category)},
                          {"title", declared.title},
                          {"description", declared.description},
                          {"optional", declared.category != privacy::CookieCategory::necessary},
                          {"changed_in_revision", declared.changed_in},
                          {"refused_by_global_privacy_control", privacy::gpc_refuses(declared.category)},
                          {"cookies", std::move(cookies)}});
  }
  nlohmann::json out{{"revision", privacy::kCookieRegistryRevision},
                     {"settings", "/privacy/cookies"},
                     {"categories", std::move(categories)}};
  return Response::json(out.dump(2) + "\n");
}

}  // namespace hanse::web
