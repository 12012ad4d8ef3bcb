#include "web/visitor.h"

namespace hanse::web {

Result<std::optional<SignedInMember>> signed_in_member(App& app, const http::Request& request) {
  auto token = request.cookie(kSessionCookie);
  if (!token || token->empty()) return std::optional<SignedInMember>{};
  HANSE_TRY(auto session, app.accounts->session_for(*token));
  if (!session) return std::optional<SignedInMember>{};
  HANSE_TRY(auto member, app.accounts->member(session->owner_id));
  if (!member) return std::optional<SignedInMember>{};
  return std::optional<SignedInMember>{SignedInMember{*session, *member}};
}

void set_session_cookie(App& app, const http::Request& request, http::Response& response,
                        const std::string& token, bool persistent) {
  http::SetCookie cookie;
  cookie.name = kSessionCookie;
  cookie.value = token;
  cookie.secure = request.secure || app.config.server.behind_tls;
  if (persistent) cookie.max_age_seconds = std::int64_t{app.config.accounts.remember_days} * 24 * 3600;
  response.set_cookie(cookie);
}

void clear_session_cookie(const http::Request& request, http::Response& response, const char* name,
                          const char* path) {
  http::SetCookie cookie;
  cookie.name = name;
  cookie.value = "";
  cookie.path = path;
  cookie.max_age_seconds = 0;
  cookie.secure = request.secure;
  response.set_cookie(cookie);
}

accounts::ClientInfo client_info(const http::Request& request) {
  return {request.remote_address, std::string(request.header("user-agent").value_or(""))};
}

}  // namespace hanse::web
