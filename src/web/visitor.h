// Who is making a request: the signed-in member (from the hanse_session
// cookie) or nobody. Handlers ask for it; it is looked up once per call.
#pragma once

#include <optional>

#include "accounts/member.h"
#include "accounts/session_store.h"
#include "http/request.h"
#include "http/response.h"
#include "web/app.h"

namespace hanse::web {

inline constexpr const char* kSessionCookie = "hanse_session";
inline constexpr const char* kStaffCookie = "hanse_staff";

struct SignedInMember {
  accounts::Session session;
  accounts::Member member;
};

// The signed-in member, or nullopt (no cookie, unknown or expired session).
Result<std::optional<SignedInMember>> signed_in_member(App& app, const http::Request& request);

// Sets the session cookie: no expiry unless persistent (P-5).
void set_session_cookie(App& app, const http::Request& request, http::Response& response,
                        const std::string& token, bool persistent);
void clear_session_cookie(const http::Request& request, http::Response& response,
                          const char* name = kSessionCookie, const char* path = "/");

accounts::ClientInfo client_info(const http::Request& request);

}  // namespace hanse::web
