// GET /.well-known/gpc.json: the Global Privacy Control support resource
// (GPC specification, section 3.2): the site honours the signal, and the
// date of the policy version in force says since when its terms hold.
#include <nlohmann/json.hpp>

#include "web/handler.h"
#include "web/privacy_render.h"

namespace hanse::web {

Response gpc_json(App& app, Request&) {
  auto version = shown_version(app);
  nlohmann::json out{{"gpc", true}, {"lastUpdate", version ? version->effective : std::string{}}};
  auto response = Response::json(out.dump() + "\n");
  return response;
}

}  // namespace hanse::web
