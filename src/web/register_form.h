// The registration form (web/register_show.cpp, web/register_submit.cpp).
#pragma once

#include "web/handler.h"

namespace hanse::web {

Response render_register_form(Page& page, const accounts::RegistrationInput& input,
                              const accounts::FieldErrors& errors, int status);

}  // namespace hanse::web
