// The registration form (web/register_show.cpp, web/register_submit.cpp)
// and its account fields, which the account details form (web/member_details_*.cpp)
// shares.
#pragma once

#include "web/handler.h"

namespace hanse::web {

Response render_register_form(Page& page, const accounts::RegistrationInput& input,
                              const accounts::FieldErrors& errors, int status);

// Fills the account fields (name, e-mail, phone, addresses, country with its
// options) with their values and errors.
void fill_member_fields(Dict& d, const accounts::MemberFields& f, const accounts::FieldErrors& errors);

}  // namespace hanse::web
