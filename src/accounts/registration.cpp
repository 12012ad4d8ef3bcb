#include "accounts/registration.h"

#include "accounts/normalize.h"
#include "accounts/password.h"

namespace hanse::accounts {
namespace {

void require_text(FieldErrors& errors, const char* field, std::string& value, bool multiline,
                  std::size_t max, const char* what) {
  value = clean_text(value, multiline);
  if (value.empty()) {
    errors[field] = std::string("Enter ") + what + ".";
  } else if (value.size() > max) {
    errors[field] = "Use at most " + std::to_string(max) + " characters.";
  }
}

}  // namespace

std::string email_problem(const std::string& raw) {
  if (clean_text(raw, false).empty()) return "Enter your e-mail address.";
  if (!normalize_email(raw)) return "Enter an e-mail address such as name@example.com.";
  return {};
}

FieldErrors validate_registration(RegistrationInput& input) {
  FieldErrors errors;
  auto& f = input.fields;
  require_text(errors, "name", f.name, false, 200, "your name");
  if (auto problem = email_problem(f.email); !problem.empty()) {
    errors["email"] = problem;
    f.email = clean_text(f.email, false);
  } else {
    f.email = *normalize_email(f.email);
  }
  if (auto phone = normalize_phone(f.phone)) {
    f.phone = *phone;
  } else {
    errors["phone"] = clean_text(f.phone, false).empty()
                          ? "Enter a phone number."
                          : "Enter a phone number with 7 to 15 digits, such as +49 40 123456.";
    f.phone = clean_text(f.phone, false);
  }
  require_text(errors, "address", f.address, true, 500, "your postal address");
  if (auto country = normalize_country(f.country)) {
    f.country = *country;
  } else {
    errors["country"] = "Choose a country.";
    f.country = clean_text(f.country, false).substr(0, 2);
  }
  require_text(errors, "company_name", f.company_name, false, 200, "your company's name");
  require_text(errors, "company_address", f.company_address, true, 500, "your company's address");
  if (auto problem = password_problem(input.password); !problem.empty()) errors["password"] = problem;
  if (!input.accepted_policy) errors["accept_policy"] = "Accept the privacy policy to register.";
  return errors;
}

}  // namespace hanse::accounts
