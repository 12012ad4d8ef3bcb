#include "rights/account_details.h"

#include "accounts/member_store.h"
#include "accounts/password.h"
#include "privacy/door.h"

namespace hanse::rights {

Result<accounts::FieldErrors> correct_account_details(db::Connection& conn, const audit::AuditLog& audit,
                                                      std::int64_t member_id,
                                                      accounts::MemberFields& fields,
                                                      std::string_view current_password, std::int64_t now) {
  accounts::RegistrationInput input{fields, {}, true};
  auto errors = accounts::validate_registration(input);
  errors.erase("password");  // not part of this form: /account/password changes it
  fields = input.fields;
  if (!errors.empty()) return errors;

  // The member's own record, and whether the address they typed is taken:
  // the same answer registration gives for it.
  privacy::OwnerRead door("a member correcting their own account details");
  HANSE_TRY(auto current, accounts::find_member(conn, member_id));
  if (!current) return fail(ErrorKind::not_found, "no such member");
  const db::Value taken_params[] = {fields.email, member_id};
  HANSE_TRY(auto taken, conn.query_optional("SELECT 1 FROM members WHERE email = $1 AND id <> $2",
                                            taken_params));
  if (taken) {
    errors["email"] = "This e-mail address belongs to another account.";
    return errors;
  }
  if (fields.email != current->email) {
    HANSE_TRY(auto hash, accounts::find_password_hash(conn, member_id));
    if (current_password.empty()) {
      errors["current_password"] = "Enter your current password to change your e-mail address.";
    } else if (!hash || !accounts::verify_password(*hash, current_password)) {
      errors["current_password"] = "That is not your current password.";
    }
    if (!errors.empty()) return errors;
  }

  nlohmann::json changed = nlohmann::json::array();
  const std::pair<const char*, std::pair<const std::string*, const std::string*>> compare[] = {
      {"name", {&current->name, &fields.name}},
      {"email", {&current->email, &fields.email}},
      {"phone", {&current->phone, &fields.phone}},
      {"address", {&current->address, &fields.address}},
      {"country", {&current->country, &fields.country}},
      {"company_name", {&current->company_name, &fields.company_name}},
      {"company_address", {&current->company_address, &fields.company_address}},
  };
  for (const auto& [name, values] : compare)
    if (*values.first != *values.second) changed.push_back(std::string("members.") + name);
  if (changed.empty()) return errors;

  const db::Value params[] = {fields.name,    fields.email,        fields.phone,
                              fields.address, fields.country,      fields.company_name,
                              fields.company_address, now,         member_id};
  HANSE_TRY_STATUS(conn.execute(
      "UPDATE members SET name = $1, email = $2, phone = $3, address = $4, country = $5,"
      " company_name = $6, company_address = $7, updated_at = $8 WHERE id = $9",
      params));
  HANSE_TRY_STATUS(audit.append(
      conn, audit::member_event(now, member_id, "member.details_corrected", {{"fields", changed}})));
  return errors;
}

}  // namespace hanse::rights
