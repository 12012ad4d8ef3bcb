// Inquiries between buyers and suppliers (M-7): /inquiries...
#pragma once

#include "web/handlers.h"

namespace hanse::web {

Response inquiry_new_show(App& app, Request& request);
Response inquiry_new_submit(App& app, Request& request);
Response inquiry_list(App& app, Request& request);
Response inquiry_show(App& app, Request& request);
Response inquiry_reply(App& app, Request& request);

}  // namespace hanse::web
