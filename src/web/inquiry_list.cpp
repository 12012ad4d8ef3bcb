// GET /inquiries (M-7): the member's threads, both sides.
#include <fmt/format.h>

#include "core/paths.h"
#include "market/inquiry.h"
#include "web/inquiry_thread.h"
#include "market/inquiry_notify.h"
#include "web/format.h"
#include "web/handler.h"
#include "web/ids.h"
#include "web/inquiry_thread.h"

namespace hanse::web {

Response inquiry_list(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.require_member());
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto threads = market::inbox(**lease, page.member()->member.id);
  if (!threads) return error_response(app, request, threads.error());
  return page.render("inquiry_list", "Inquiries", [&](Dict& d) {
    if (threads->empty()) d.ShowSection("NONE");
    for (auto& t : *threads) {
      auto* row = d.AddSectionDictionary(t.viewer_side == market::InquirySide::supplier ? "RECEIVED"
                                                                                        : "SENT");
      row->SetValue("PATH", paths::inquiry(t.id));
      row->SetValue("SUBJECT", t.subject);
      row->SetValue("OTHER", t.other_party_former_member ? std::string(kFormerMember)
                             : t.other_party.empty() ? std::string("a buyer without a company profile")
                                                     : t.other_party);
      row->SetValue("AT", format_time(t.last_message_at));
      row->SetIntValue("MESSAGES", t.messages);
    }
    bool received = false, sent = false;
    for (auto& t : *threads)
      (t.viewer_side == market::InquirySide::supplier ? received : sent) = true;
    if (received) d.ShowSection("HAS_RECEIVED");
    if (sent) d.ShowSection("HAS_SENT");
  });
}

}  // namespace hanse::web
