// A member: a person with an account, as the member themself sees it.
// The password hash is deliberately not part of this struct: it is read
// only by sign-in and password change (member_store.h).
#pragma once

#include <cstdint>
#include <string>

namespace hanse::accounts {

struct Member {
  std::int64_t id = 0;
  std::string email;
  std::string name;
  std::string phone;
  std::string address;
  std::string country;
  std::string company_name;
  std::string company_address;
  std::int64_t created_at = 0;
  // Pinning (P-19): the policy version this record was collected under and
  // the page or partner it was collected on.
  std::int64_t policy_version = 1;
  std::string collected_on;
};

// The registration form's values, as typed or normalised.
struct MemberFields {
  std::string name;
  std::string email;
  std::string phone;
  std::string address;
  std::string country;
  std::string company_name;
  std::string company_address;
};

}  // namespace hanse::accounts
