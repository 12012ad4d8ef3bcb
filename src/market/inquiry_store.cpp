// Storage of inquiries (M-7). Subjects and message texts are read inside an
// OwnerRead (privacy/door.h): a thread is shown to the parties it is
// between, and every read is limited to those parties by its WHERE clause.
#include <fmt/format.h>

#include "core/paths.h"
#include "mail/address.h"
#include "privacy/door.h"
#include "market/inquiry.h"
#include "market/membership.h"

namespace hanse::market {
namespace {

using db::Value;

// The viewer's company id, or 0 when they have none (0 matches no row).
Result<std::int64_t> company_or_zero(db::Connection& conn, std::int64_t member_id) {
  HANSE_TRY(auto membership, membership_of(conn, member_id));
  return membership ? membership->company_id : 0;
}

void check_text(accounts::FieldErrors& errors, const char* field, const std::string& text,
                std::size_t max, const char* what) {
  if (!mail::is_valid_utf8(text)) {
    errors[field] = fmt::format("The {} contains characters we cannot read. Please type it again.", what);
  } else if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    errors[field] = fmt::format("Please write a {}.", what);
  } else if (text.size() > max) {
    errors[field] = fmt::format("The {} is too long: at most {} characters.", what, max);
  }
}

}  // namespace

Result<std::optional<InquiryTopic>> product_topic(db::Connection& conn, std::int64_t product_id) {
  const Value params[] = {product_id};
  HANSE_TRY(auto row, conn.query_optional(
                          "SELECT p.company_id, c.name, p.title FROM products p"
                          " JOIN companies c ON c.id = p.company_id WHERE p.id = $1",
                          params));
  if (!row) return std::optional<InquiryTopic>{};
  InquiryTopic topic;
  topic.supplier_company_id = row->integer(0);
  topic.supplier_name = row->text(1);
  topic.product_id = product_id;
  topic.title = row->text(2);
  topic.path = paths::product(product_id, topic.title);
  return std::optional<InquiryTopic>{std::move(topic)};
}

Result<std::optional<InquiryTopic>> offer_topic(db::Connection& conn, std::int64_t offer_id, std::int64_t now) {
  const Value params[] = {offer_id, now};
  HANSE_TRY(auto row, conn.query_optional(
                          "SELECT o.company_id, c.name, o.title FROM offers o"
                          " JOIN companies c ON c.id = o.company_id"
                          " WHERE o.id = $1 AND o.expires_at > $2 AND o.withdrawn_at IS NULL",
                          params));
  if (!row) return std::optional<InquiryTopic>{};
  InquiryTopic topic;
  topic.supplier_company_id = row->integer(0);
  topic.supplier_name = row->text(1);
  topic.offer_id = offer_id;
  topic.title = row->text(2);
  topic.path = paths::offer(offer_id, topic.title);
  return std::optional<InquiryTopic>{std::move(topic)};
}

accounts::FieldErrors validate_inquiry(const std::string& subject, const std::string& message) {
  accounts::FieldErrors errors;
  check_text(errors, "subject", subject, kMaxInquirySubject, "subject");
  check_text(errors, "message", message, kMaxInquiryMessage, "message");
  return errors;
}

accounts::FieldErrors validate_reply(const std::string& message) {
  accounts::FieldErrors errors;
  check_text(errors, "message", message, kMaxInquiryMessage, "message");
  return errors;
}

Result<std::int64_t> create_inquiry(db::Connection& conn, const NewInquiry& inquiry, std::int64_t now) {
  HANSE_TRY(auto buyer_company, company_or_zero(conn, inquiry.buyer_member_id));
  if (buyer_company == inquiry.topic.supplier_company_id)
    return fail(ErrorKind::invalid_input, "This is your own company's listing.");
  const Value params[] = {inquiry.topic.supplier_company_id,
                          inquiry.buyer_member_id,
                          buyer_company == 0 ? Value{} : Value{buyer_company},
                          inquiry.topic.product_id ? Value{*inquiry.topic.product_id} : Value{},
                          inquiry.topic.offer_id ? Value{*inquiry.topic.offer_id} : Value{},
                          inquiry.subject,
                          now};
  HANSE_TRY(auto row, conn.query_one(
                          "INSERT INTO inquiries (supplier_company_id, buyer_member_id, buyer_company_id,"
                          " product_id, offer_id, subject, created_at, last_message_at)"
                          " VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
                          params));
  std::int64_t id = row.integer(0);
  const Value message[] = {id, inquiry.buyer_member_id, inquiry.message, now};
  HANSE_TRY(auto inserted, conn.execute("INSERT INTO inquiry_messages (inquiry_id, member_id, from_supplier, body,"
                                        " created_at) VALUES ($1, $2, 0, $3, $4)",
                                        message));
  (void)inserted;
  return id;
}

Result<std::optional<InquiryThread>> load_thread(db::Connection& conn, std::int64_t inquiry_id,
                                                 std::int64_t member_id) {
  privacy::OwnerRead door("an inquiry thread, for one of its parties");
  HANSE_TRY(auto company, company_or_zero(conn, member_id));
  const Value params[] = {inquiry_id, member_id, company};
  HANSE_TRY(auto row, conn.query_optional(
                          "SELECT i.subject, i.supplier_company_id, s.name, i.buyer_company_id, b.name,"
                          " p.id, p.title, o.id, o.title, i.buyer_member_id IS NULL"
                          " FROM inquiries i LEFT JOIN companies s ON s.id = i.supplier_company_id"
                          " LEFT JOIN companies b ON b.id = i.buyer_company_id"
                          " LEFT JOIN products p ON p.id = i.product_id"
                          " LEFT JOIN offers o ON o.id = i.offer_id"
                          " WHERE i.id = $1 AND (i.buyer_member_id = $2 OR i.buyer_company_id = $3"
                          " OR i.supplier_company_id = $3)",
                          params));
  if (!row) return std::optional<InquiryThread>{};
  InquiryThread t;
  t.id = inquiry_id;
  t.subject = row->text(0);
  t.supplier_company_id = row->integer(1);
  // An erased supplier's company leaves the thread to the buyer (P-15).
  if (!row->is_null(1)) {
    t.supplier_name = row->text(2);
    t.supplier_path = paths::company(t.supplier_company_id, t.supplier_name);
  }
  t.buyer_former_member = row->integer(9) != 0 && row->is_null(3);
  t.viewer_side = company != 0 && company == t.supplier_company_id ? InquirySide::supplier : InquirySide::buyer;
  if (auto buyer_company = row->optional_integer(3)) {
    t.buyer_company_name = row->text(4);
    t.buyer_company_path = paths::company(*buyer_company, t.buyer_company_name);
  }
  if (auto product = row->optional_integer(5)) {
    t.topic_title = row->text(6);
    t.topic_path = paths::product(*product, t.topic_title);
  } else if (auto offer = row->optional_integer(7)) {
    t.topic_title = row->text(8);
    t.topic_path = paths::offer(*offer, t.topic_title);
  }
  const Value thread[] = {inquiry_id};
  HANSE_TRY(auto messages, conn.query(
                               "SELECT m.from_supplier, m.body, m.created_at, COALESCE(a.public_name, ''),"
                               " m.member_id IS NULL"
                               " FROM inquiry_messages m LEFT JOIN members a ON a.id = m.member_id"
                               " WHERE m.inquiry_id = $1 ORDER BY m.id",
                               thread));
  for (auto& m : messages) {
    t.messages.push_back({m.integer(0) != 0 ? InquirySide::supplier : InquirySide::buyer, m.text(3),
                          m.integer(4) != 0, m.text(1), m.integer(2)});
  }
  return std::optional<InquiryThread>{std::move(t)};
}

Status add_reply(db::Connection& conn, std::int64_t inquiry_id, std::int64_t member_id,
                 const std::string& message, std::int64_t now) {
  HANSE_TRY(auto thread, load_thread(conn, inquiry_id, member_id));
  if (!thread) return fail(ErrorKind::not_found, "no such inquiry");
  const Value params[] = {inquiry_id, member_id,
                          std::int64_t{thread->viewer_side == InquirySide::supplier ? 1 : 0}, message, now};
  HANSE_TRY(auto inserted, conn.execute("INSERT INTO inquiry_messages (inquiry_id, member_id, from_supplier, body,"
                                        " created_at) VALUES ($1, $2, $3, $4, $5)",
                                        params));
  (void)inserted;
  const Value touch[] = {inquiry_id, now};
  HANSE_TRY(auto touched, conn.execute("UPDATE inquiries SET last_message_at = $2 WHERE id = $1", touch));
  (void)touched;
  return {};
}

Result<std::vector<InquirySummary>> inbox(db::Connection& conn, std::int64_t member_id, int limit) {
  privacy::OwnerRead door("the inquiries a member is a party to");
  HANSE_TRY(auto company, company_or_zero(conn, member_id));
  const Value params[] = {member_id, company, std::int64_t{limit}};
  HANSE_TRY(auto rows, conn.query(
                           "SELECT i.id, i.subject, i.supplier_company_id, s.name, COALESCE(b.name, ''),"
                           " i.last_message_at,"
                           " (SELECT COUNT(*) FROM inquiry_messages m WHERE m.inquiry_id = i.id),"
                           " i.buyer_member_id IS NULL AND i.buyer_company_id IS NULL"
                           " FROM inquiries i LEFT JOIN companies s ON s.id = i.supplier_company_id"
                           " LEFT JOIN companies b ON b.id = i.buyer_company_id"
                           " WHERE i.buyer_member_id = $1 OR i.buyer_company_id = $2 OR i.supplier_company_id = $2"
                           " ORDER BY i.last_message_at DESC, i.id DESC LIMIT $3",
                           params));
  std::vector<InquirySummary> out;
  out.reserve(rows.size());
  for (auto& r : rows) {
    bool supplier = company != 0 && r.integer(2) == company;
    // The other side is a former member when its account (a buyer without
    // a company) or its company (the supplier) was erased (P-15).
    bool former = supplier ? r.integer(7) != 0 : r.is_null(2);
    out.push_back({r.integer(0), r.text(1), supplier ? InquirySide::supplier : InquirySide::buyer,
                   supplier ? r.text(4) : r.text(3), former, r.integer(5), r.integer(6)});
  }
  return out;
}

Result<std::vector<std::int64_t>> members_to_notify(db::Connection& conn, std::int64_t inquiry_id,
                                                    std::int64_t author_member_id) {
  HANSE_TRY(auto company, company_or_zero(conn, author_member_id));
  const Value params[] = {inquiry_id, author_member_id, company};
  // The author's side is the supplier when the author's company is the
  // supplier; the other side then is the buyer and the buyer's company.
  HANSE_TRY(auto rows, conn.query(
                           "SELECT cm.member_id FROM inquiries i JOIN company_members cm"
                           " ON cm.company_id = CASE WHEN i.supplier_company_id = $3 THEN i.buyer_company_id"
                           " ELSE i.supplier_company_id END"
                           " WHERE i.id = $1 AND cm.member_id <> $2"
                           " UNION"
                           " SELECT i.buyer_member_id FROM inquiries i"
                           " WHERE i.id = $1 AND i.supplier_company_id = $3 AND i.buyer_member_id IS NOT NULL"
                           " AND i.buyer_member_id <> $2"
                           " ORDER BY 1",
                           params));
  std::vector<std::int64_t> out;
  for (auto& r : rows) out.push_back(r.integer(0));
  return out;
}

}  // namespace hanse::market
