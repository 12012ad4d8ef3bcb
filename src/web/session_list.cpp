// GET /account/sessions (P-5): where the member is signed in.
#include <charconv>

#include "web/format.h"
#include "web/handler.h"

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

}  // namespace hanse::web
