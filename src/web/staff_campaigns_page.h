// The staff pages of marketing campaigns (/staff/campaigns, SPEC P-11),
// shared by their handlers.
#pragma once

#include "accounts/registration.h"
#include "marketing/campaigns.h"
#include "web/handler.h"

namespace hanse::web {

// The list of campaigns and the form for a new one (values and errors as
// typed; status 400 for a form with errors).
Response render_staff_campaigns(App& app, Page& page, const marketing::CampaignDraft& draft,
                                const accounts::FieldErrors& errors, int status = 200);

// One campaign: its preview as a recipient reads it, the audience it would
// reach now, and the send button (or when it was sent and to how many).
Response render_staff_campaign(App& app, Page& page, std::int64_t id, const std::string& notice,
                               int status = 200);

marketing::SendSettings campaign_send_settings(const App& app);

}  // namespace hanse::web
