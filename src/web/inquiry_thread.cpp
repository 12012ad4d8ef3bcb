// GET /inquiries (the member's threads, both sides), GET /inquiries/{id}
// and POST /inquiries/{id}/reply. A thread the member is not a party to
// does not exist for them: 404, whether or not it exists (M-7).
#include <fmt/format.h>

#include "core/paths.h"
#include "market/inquiry.h"
#include "market/inquiry_notify.h"
#include "web/format.h"
#include "web/ids.h"
#include "web/inquiry_thread.h"

namespace hanse::web {

namespace {

const char* side_label(market::InquirySide side) {
  return side == market::InquirySide::supplier ? "supplier" : "buyer";
}

}  // namespace

Response render_inquiry_thread(App& app, Page& page, const market::InquiryThread& t,
                               const std::string& reply, const accounts::FieldErrors& errors,
                               int status) {
  (void)app;
  return page.render(
      "inquiry_show", t.subject,
      [&](Dict& d) {
        fill_form(d, {{"message", reply}}, errors);
        d.SetIntValue("ID", t.id);
        d.SetValue("SUBJECT", t.subject);
        // An erased member's side reads "former member" (P-15).
        if (t.supplier_name.empty()) {
          d.SetValue("SUPPLIER_GONE", kFormerMember);
        } else {
          auto* supplier = d.AddSectionDictionary("SUPPLIER");
          supplier->SetValue("NAME", t.supplier_name);
          supplier->SetValue("PATH", t.supplier_path);
        }
        if (t.buyer_company_name.empty() && t.buyer_former_member) {
          d.ShowSection("BUYER_FORMER_MEMBER");
        } else if (t.buyer_company_name.empty()) {
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
          std::string company =
              m.side == market::InquirySide::supplier
                  ? (t.supplier_name.empty() ? std::string("A former member") : t.supplier_name)
                  : (t.buyer_company_name.empty() ? std::string("The buyer") : t.buyer_company_name);
          row->SetValue("FROM", mine ? fmt::format("You ({})", company) : company);
          if (m.former_member)
            row->AddSectionDictionary("AUTHOR")->SetValue("NAME", kFormerMember);
          else if (!m.author.empty())
            row->AddSectionDictionary("AUTHOR")->SetValue("NAME", m.author);
          row->SetValue("AT", format_time(m.at));
          row->SetValue("BODY", m.body);
        }
      },
      status);
}

// The thread for the signed-in member, 404 when they may not see it.
OrResponse<market::InquiryThread> inquiry_thread_for(App& app, Page& page, Request& request) {
  auto id = parse_id(request.param("id"));
  if (!id) return refuse(error_page(app, 404, &request));
  HANSE_TRY_PAGE(auto lease, or_error_page(app, request, app.db->acquire()));
  HANSE_TRY_PAGE(auto thread, or_error_page(app, request, market::load_thread(*lease, *id, page.member()->member.id)));
  if (!thread) return refuse(error_page(app, 404, &request));
  return std::move(*thread);
}

}  // namespace hanse::web
