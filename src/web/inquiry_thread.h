// One inquiry thread (web/inquiry_show.cpp, web/inquiry_reply.cpp).
#pragma once

#include "web/handler.h"

namespace hanse::web {

// How a party whose account was erased is shown (P-15).
inline constexpr const char* kFormerMember = "former member";

Response render_inquiry_thread(App& app, Page& page, const market::InquiryThread& t,
                               const std::string& reply, const accounts::FieldErrors& errors,
                               int status);

// The thread for the signed-in member, 404 when they may not see it.
OrResponse<market::InquiryThread> inquiry_thread_for(App& app, Page& page, Request& request);

}  // namespace hanse::web
