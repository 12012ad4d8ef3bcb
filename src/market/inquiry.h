// Inquiries (M-7): a signed-in member asks a supplier about a product or
// an offer; the supplier's members reply; both sides see the thread and
// nobody else does. A thread belongs to the buyer (and the buyer's company,
// when they have one) and to the supplier's company; for anyone else it
// does not exist (the handlers answer 404).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "accounts/registration.h"
#include "core/result.h"
#include "db/database.h"

namespace hanse::market {

inline constexpr std::size_t kMaxInquirySubject = 200;
inline constexpr std::size_t kMaxInquiryMessage = 5000;

// What an inquiry is about: a product, or an active offer, of a company.
struct InquiryTopic {
  std::int64_t supplier_company_id = 0;
  std::string supplier_name;
  std::optional<std::int64_t> product_id;
  std::optional<std::int64_t> offer_id;
  std::string title;  // the product's or offer's title
  std::string path;   // its public page
};

// The topic for a product, or nullopt when there is no such product.
Result<std::optional<InquiryTopic>> product_topic(db::Connection& conn, std::int64_t product_id);
// The topic for an offer that is active at `now`, or nullopt.
Result<std::optional<InquiryTopic>> offer_topic(db::Connection& conn, std::int64_t offer_id, std::int64_t now);

struct NewInquiry {
  std::int64_t buyer_member_id = 0;
  InquiryTopic topic;
  std::string subject;
  std::string message;
};

// Field errors for subject and message (empty, too long, not UTF-8).
accounts::FieldErrors validate_inquiry(const std::string& subject, const std::string& message);
accounts::FieldErrors validate_reply(const std::string& message);

// Stores the inquiry and its first message; returns its id. The buyer's
// company is recorded as it is now. Errors: invalid_input when the buyer
// belongs to the supplier's company (a company does not ask itself);
// database errors.
Result<std::int64_t> create_inquiry(db::Connection& conn, const NewInquiry& inquiry, std::int64_t now);

enum class InquirySide { buyer, supplier };

struct InquiryMessage {
  InquirySide side = InquirySide::buyer;
  std::string author;  // the author's public name, or "" when they have none
  bool former_member = false;  // the author's account was erased (P-15)
  std::string body;
  std::int64_t at = 0;
};

struct InquiryThread {
  std::int64_t id = 0;
  std::string subject;
  InquirySide viewer_side = InquirySide::buyer;
  std::int64_t supplier_company_id = 0;
  std::string supplier_name;  // "" when the supplier's company is gone (erased)
  std::string supplier_path;
  bool buyer_former_member = false;  // the buyer's account was erased (P-15)
  std::string buyer_company_name;  // "" when the buyer has no company
  std::string buyer_company_path;
  std::string topic_title;  // "" when the product or offer is gone
  std::string topic_path;
  std::vector<InquiryMessage> messages;  // oldest first
};

// The thread as member_id sees it, or nullopt when there is no such
// inquiry or member_id is on neither side. Errors: database errors.
Result<std::optional<InquiryThread>> load_thread(db::Connection& conn, std::int64_t inquiry_id,
                                                 std::int64_t member_id);

// Adds member_id's reply. Errors: not_found when member_id may not see the
// thread; database errors.
Status add_reply(db::Connection& conn, std::int64_t inquiry_id, std::int64_t member_id,
                 const std::string& message, std::int64_t now);

struct InquirySummary {
  std::int64_t id = 0;
  std::string subject;
  InquirySide viewer_side = InquirySide::buyer;
  std::string other_party;  // the other side's company name ("" for a buyer without one)
  bool other_party_former_member = false;  // the other side's account or company was erased (P-15)
  std::int64_t last_message_at = 0;
  std::int64_t messages = 0;
};

// Every thread member_id may see, newest activity first, at most `limit`.
Result<std::vector<InquirySummary>> inbox(db::Connection& conn, std::int64_t member_id, int limit = 200);

// The members to notify of a new message on the thread: the other side's
// members (the supplier company's, or the buyer and the buyer company's),
// never the author. Errors: database errors.
Result<std::vector<std::int64_t>> members_to_notify(db::Connection& conn, std::int64_t inquiry_id,
                                                    std::int64_t author_member_id);

}  // namespace hanse::market
