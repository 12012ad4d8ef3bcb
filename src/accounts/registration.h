// Registration form rules (P-7, P-6): which fields are required, how each is
// normalised, and the message shown next to a field that is wrong.
#pragma once

#include <map>
#include <string>

#include "accounts/member.h"

namespace hanse::accounts {

// Field name -> message for the person. Empty: valid.
using FieldErrors = std::map<std::string, std::string>;

struct RegistrationInput {
  MemberFields fields;    // as typed
  std::string password;   // never echoed back
  bool accepted_policy = false;
};

// Normalises input.fields in place (trimmed text, lower-case e-mail,
// +digits phone, upper-case country) and returns the problems found.
FieldErrors validate_registration(RegistrationInput& input);

// Same rules for a single e-mail field (password reset, sign-in).
std::string email_problem(const std::string& raw);

}  // namespace hanse::accounts
