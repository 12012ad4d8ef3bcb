#include "web/staff_campaigns_page.h"

#include "marketing/unsubscribe.h"
#include "web/format.h"

namespace hanse::web {

marketing::SendSettings campaign_send_settings(const App& app) {
  return {app.config.site.name, app.config.site.base_url};
}

Response render_staff_campaigns(App& app, Page& page, const marketing::CampaignDraft& draft,
                                const accounts::FieldErrors& errors, int status) {
  page.set_staff_area();
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, page.request(), lease.error());
  auto campaigns = marketing::list_campaigns(**lease, 100);
  if (!campaigns) return error_response(app, page.request(), campaigns.error());
  return page.render(
      "staff_campaigns", "Marketing campaigns",
      [&](Dict& d) {
        fill_form(d, {{"subject", draft.subject}, {"body", draft.body}}, errors);
        for (auto topic : marketing::kTopics) {
          auto* option = d.AddSectionDictionary("TOPIC");
          option->SetValue("VALUE", std::string(marketing::to_string(topic)));
          option->SetValue("LABEL", std::string(marketing::topic_label(topic)));
          if (draft.topic == marketing::to_string(topic)) option->ShowSection("SELECTED");
        }
        if (campaigns->empty()) d.ShowSection("NO_CAMPAIGNS");
        for (const auto& c : *campaigns) {
          auto* row = d.AddSectionDictionary("CAMPAIGN");
          row->SetIntValue("ID", c.id);
          row->SetValue("SUBJECT", c.subject);
          row->SetValue("TOPIC", std::string(marketing::topic_label(c.topic)));
          row->SetValue("CREATED", format_time(c.created_at));
          if (c.sent_at) {
            auto* sent = row->AddSectionDictionary("SENT");
            sent->SetValue("AT", format_time(*c.sent_at));
            sent->SetIntValue("RECIPIENTS", c.recipients);
          } else {
            row->ShowSection("DRAFT");
          }
        }
      },
      status);
}

Response render_staff_campaign(App& app, Page& page, std::int64_t id, const std::string& notice,
                               int status) {
  page.set_staff_area();
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, page.request(), lease.error());
  auto campaign = marketing::find_campaign(**lease, id);
  if (!campaign) return error_response(app, page.request(), campaign.error());
  if (!*campaign) return error_page(app, 404, &page.request());
  const auto& c = **campaign;
  std::int64_t audience = 0;
  if (!c.sent_at) {
    auto size = marketing::audience_size(**lease, *app.guard, *app.policy, c.topic);
    if (!size) return error_response(app, page.request(), size.error());
    audience = *size;
  }
  auto settings = campaign_send_settings(app);
  std::string preview = marketing::campaign_body(c, settings) + "\n" +
                        app.outbox->footer(mail::MailKind::marketing,
                                           marketing::unsubscribe_url(settings.base_url, "TOKEN"));
  return page.render(
      "staff_campaign", "Campaign: " + c.subject,
      [&](Dict& d) {
        d.SetIntValue("ID", c.id);
        d.SetValue("SUBJECT", c.subject);
        d.SetValue("TOPIC", std::string(marketing::topic_label(c.topic)));
        d.SetValue("PREVIEW", preview);
        d.SetValue("LIST_UNSUBSCRIBE", marketing::unsubscribe_url(settings.base_url, "TOKEN"));
        if (!notice.empty()) d.SetValueAndShowSection("NOTICE", notice, "HAS_NOTICE");
        if (c.sent_at) {
          auto* sent = d.AddSectionDictionary("SENT");
          sent->SetValue("AT", format_time(*c.sent_at));
          sent->SetIntValue("RECIPIENTS", c.recipients);
        } else {
          auto* draft = d.AddSectionDictionary("DRAFT");
          draft->SetIntValue("AUDIENCE", audience);
        }
      },
      status);
}

}  // namespace hanse::web
