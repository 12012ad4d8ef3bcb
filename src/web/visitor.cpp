#include "web/visitor.h"

#include "web/viewer_cache.h"

namespace hanse::web {

Result<std::optional<SignedInMember>> signed_in_member(App& app, const http::Request& request) {
  auto token = read_cookie(request, kSessionCookie);
  if (!token || token->empty()) return std::optional<SignedInMember>{};
  auto* cache = app.viewers.get();
  const auto now = ViewerCache::Clock::now();
  if (cache)
    if (auto kept = cache->member(*token, app.clock.now(), now)) return std::optional<SignedInMember>{std::move(*kept)};
  const std::uint64_t generation = cache ? cache->generation() : 0;
  HANSE_TRY(auto session, app.accounts->session_for(*token));
  if (!session) return std::optional<SignedInMember>{};
  HANSE_TRY(auto member, app.accounts->member(session->owner_id));
  if (!member) return std::optional<SignedInMember>{};
  SignedInMember found{*session, *member};
  if (cache) cache->store_member(*token, found, generation, now);
  return std::optional<SignedInMember>{std::move(found)};
}

void set_session_cookie(App& app, const http::Request& request, http::Response& response,
                        const std::string& token, bool persistent) {
  std::optional<long long> max_age;
  if (persistent) max_age = std::int64_t{app.config.accounts.remember_days} * 24 * 3600;
  set_cookie(request, response, kSessionCookie, token, max_age);
}

accounts::ClientInfo client_info(const http::Request& request) {
  return {request.remote_address, std::string(request.header("user-agent").value_or(""))};
}

}  // namespace hanse::web
