// The form that starts an inquiry (web/inquiry_new_*.cpp).
#pragma once

#include "web/handler.h"

namespace hanse::web {

// The topic named by ?product= or ?offer=; nullopt when there is none.
Result<std::optional<market::InquiryTopic>> find_inquiry_topic(App& app, const Request& request);

Response render_inquiry_form(Page& page, const market::InquiryTopic& topic,
                             const std::string& subject, const std::string& message,
                             const accounts::FieldErrors& errors, int status);

}  // namespace hanse::web
