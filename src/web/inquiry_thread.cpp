// GET /inquiries (the member's threads, both sides), GET /inquiries/{id}
// and POST /inquiries/{id}/reply. A thread the member is not a party to
// does not exist for them: 404, whether or not it exists (M-7).
#include <fmt/format.h>

#include "core/paths.h"
#include "market/inquiry.h"
#include "market/inquiry_notify.h"
#include "web/format.h"
#include "web/ids.h"
#include "web/inquiry_handlers.h"
#include "web/page.h"

namespace hanse::web {
namespace {

const char* side_label(market::InquirySide side) {
  return side == market::InquirySide::supplier ? "supplier" : "buyer";
}

Response render_thread(App& app, Page& page, const market::InquiryThread& t, const std::string& reply,
                       const accounts::FieldErrors& errors, int status) {
  (void)app;
  return page.render("inquiry_show", t.subject, [&](Dict& d) {
    fill_form(d, {{"message", reply}}, errors);
    d.SetIntValue("ID", t.id);
    d.SetValue("SUBJECT", t.subject);
    d.SetValue("SUPPLIER", t.supplier_name);
    d.SetValue("SUPPLIER_PATH", t.supplier_path);
    if (t.buyer_company_name.empty()) {
      d.ShowSection("BUYER_WITHOUT_COMPANY");
    } else {
      auto* buyer = d.AddSectionDictionary("BUYER_COMPANY");
      buyer->SetValue("NAME", t.buyer_company_name);
      buyer->SetValue("PATH", t.buyer_company_path);
    }
    if (!t.topic_title.empty()) {
      auto* topic = d.AddSectionDictionary("TOPIC");
      topic->SetValue("TITLE", t.topic_title);
      topic->SetValue("PATH", t.topic_path);
    }
    d.SetValue("VIEWER_SIDE", side_label(t.viewer_side));
    for (auto& m : t.messages) {
      auto* row = d.AddSectionDictionary("MESSAGE");
      bool mine = m.side == t.viewer_side;
      row->SetValue("SIDE", side_label(m.side));
      std::string company = m.side == market::InquirySide::supplier
                                ? t.supplier_name
                                : (t.buyer_company_name.empty() ? "The buyer" : t.buyer_company_name);
      row->SetValue("FROM", mine ? fmt::format("You ({})", company) : company);
      if (!m.author.empty()) row->AddSectionDictionary("AUTHOR")->SetValue("NAME", m.author);
      row->SetValue("AT", format_time(m.at));
      row->SetValue("BODY", m.body);
    }
  }, status);
}

// The thread for the signed-in member, 404 when they may not see it.
std::variant<market::InquiryThread, Response> thread_for(App& app, Page& page, Request& request) {
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto thread = market::load_thread(**lease, *id, page.member()->member.id);
  if (!thread) return error_response(app, request, thread.error());
  if (!*thread) return error_page(app, 404, &request);
  return std::move(**thread);
}

}  // namespace

Response inquiry_list(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto threads = market::inbox(**lease, page.member()->member.id);
  if (!threads) return error_response(app, request, threads.error());
  return page.render("inquiry_list", "Inquiries", [&](Dict& d) {
    if (threads->empty()) d.ShowSection("NONE");
    for (auto& t : *threads) {
      auto* row = d.AddSectionDictionary(t.viewer_side == market::InquirySide::supplier ? "RECEIVED" : "SENT");
      row->SetValue("PATH", paths::inquiry(t.id));
      row->SetValue("SUBJECT", t.subject);
      row->SetValue("OTHER", t.other_party.empty() ? "a buyer without a company profile" : t.other_party);
      row->SetValue("AT", format_time(t.last_message_at));
      row->SetIntValue("MESSAGES", t.messages);
    }
    bool received = false, sent = false;
    for (auto& t : *threads) (t.viewer_side == market::InquirySide::supplier ? received : sent) = true;
    if (received) d.ShowSection("HAS_RECEIVED");
    if (sent) d.ShowSection("HAS_SENT");
  });
}

Response inquiry_show(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  auto found = thread_for(app, page, request);
  if (auto* response = std::get_if<Response>(&found)) return std::move(*response);
  return render_thread(app, page, std::get<market::InquiryThread>(found), "", {}, 200);
}

Response inquiry_reply(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  auto found = thread_for(app, page, request);
  if (auto* response = std::get_if<Response>(&found)) return std::move(*response);
  auto& thread = std::get<market::InquiryThread>(found);
  std::string message(request.form().get("message"));
  auto errors = market::validate_reply(message);
  if (!errors.empty()) return render_thread(app, page, thread, message, errors, 422);
  auto member = page.member()->member.id;
  market::InquiryMailSettings mail{app.config.site.name, app.config.site.base_url};
  auto stored = app.db->transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY_STATUS(market::add_reply(conn, thread.id, member, message, app.clock.now()));
    return market::notify_inquiry(conn, *app.guard, *app.outbox, mail, thread.id, member, false);
  });
  if (!stored) return error_response(app, request, stored.error());
  return page.redirect(paths::inquiry(thread.id) + "#latest");
}

}  // namespace hanse::web
