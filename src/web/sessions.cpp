// GET /account/sessions and its sign-out buttons (P-5): a member sees where
// they are signed in and ends any or all of those sessions.
#include <charconv>

#include "web/format.h"
#include "web/handlers.h"
#include "web/page.h"

namespace hanse::web {

Response session_list(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  auto& me = *page.member();
  auto sessions = app.accounts->sessions(me.member.id);
  if (!sessions) return error_response(app, request, sessions.error());
  return page.render("sessions", "Where you are signed in", [&](Dict& d) {
    for (auto& s : *sessions) {
      auto* row = d.AddSectionDictionary("SESSION");
      row->SetIntValue("ID", s.id);
      row->SetValue("DEVICE", device_name(s.user_agent));
      row->SetValue("LAST_SEEN", format_time(s.last_seen_at));
      row->SetValue("STARTED", format_time(s.created_at));
      row->SetValue("CSRF", page.csrf());
      if (s.id == me.session.id) row->ShowSection("CURRENT");
      if (s.persistent) row->ShowSection("PERSISTENT");
    }
  });
}

Response session_revoke(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  std::int64_t id = 0;
  auto text = request.param("id");
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc{} || end != text.data() + text.size()) return error_page(app, 404, &request);
  auto& me = *page.member();
  if (auto done = app.accounts->end_session(me.member.id, id); !done)
    return error_response(app, request, done.error());
  if (id == me.session.id) {
    delete_cookie(request, page.response(), kSessionCookie);
    return page.redirect("/signin");
  }
  return page.redirect("/account/sessions");
}

Response session_revoke_all(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  if (auto done = app.accounts->end_all_sessions(page.member()->member.id); !done)
    return error_response(app, request, done.error());
  delete_cookie(request, page.response(), kSessionCookie);
  return page.redirect("/signin");
}

}  // namespace hanse::web
