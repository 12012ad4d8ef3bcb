// The member's contact choices page (/account/messages, SPEC P-11),
// shared by its GET and POST handlers.
#pragma once

#include "marketing/choices.h"
#include "web/handler.h"

namespace hanse::web {

Response render_account_messages(App& app, Page& page, const marketing::ContactChoices& choices,
                                 bool saved, int status = 200);

}  // namespace hanse::web
