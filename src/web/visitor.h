// Who is making a request: the signed-in member (from the session cookie)
// or nobody. Handlers ask their Page, which asks the request's context
// (web/request_context.h), so it is looked up once per request.
#pragma once

#include <optional>

#include "accounts/member.h"
#include "accounts/session_store.h"
#include "http/request.h"
#include "http/response.h"
#include "web/app.h"
#include "web/cookies.h"

namespace hanse::web {

struct SignedInMember {
  accounts::Session session;
  accounts::Member member;
};

// The signed-in member, or nullopt (no cookie, unknown or expired session).
Result<std::optional<SignedInMember>> signed_in_member(App& app, const http::Request& request);

// Sets the session cookie: no expiry unless persistent (P-5).
void set_session_cookie(App& app, const http::Request& request, http::Response& response,
                        const std::string& token, bool persistent);

accounts::ClientInfo client_info(const http::Request& request);

}  // namespace hanse::web
