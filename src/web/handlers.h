// Page handlers, one file per page (src/web/<page>.cpp). Each adapts HTTP
// to a domain call and renders or redirects; web/routes.cpp maps URLs here.
#pragma once

#include "http/request.h"
#include "http/response.h"
#include "web/app.h"

namespace hanse::web {

using http::Request;
using http::Response;

Response home_show(App& app, Request& request);
Response healthz(App& app, Request& request);
Response privacy_show(App& app, Request& request);
Response privacy_versions(App& app, Request& request);
Response privacy_version_show(App& app, Request& request);
Response privacy_changes(App& app, Request& request);
Response privacy_policy_json(App& app, Request& request);

Response register_show(App& app, Request& request);
Response register_submit(App& app, Request& request);
Response signin_show(App& app, Request& request);
Response signin_submit(App& app, Request& request);
Response signout(App& app, Request& request);

Response account_show(App& app, Request& request);
Response session_list(App& app, Request& request);
Response session_revoke(App& app, Request& request);
Response session_revoke_all(App& app, Request& request);
Response password_change_show(App& app, Request& request);
Response password_change_submit(App& app, Request& request);
Response password_forgot_show(App& app, Request& request);
Response password_forgot_submit(App& app, Request& request);
Response password_reset_show(App& app, Request& request);
Response password_reset_submit(App& app, Request& request);

Response policy_accept_show(App& app, Request& request);
Response policy_accept_submit(App& app, Request& request);
Response staff_policy_show(App& app, Request& request);
Response staff_policy_submit(App& app, Request& request);

Response staff_password_show(App& app, Request& request);
Response staff_password_submit(App& app, Request& request);
Response staff_signin_show(App& app, Request& request);
Response staff_signin_submit(App& app, Request& request);
Response staff_home(App& app, Request& request);
Response staff_signout(App& app, Request& request);

}  // namespace hanse::web
